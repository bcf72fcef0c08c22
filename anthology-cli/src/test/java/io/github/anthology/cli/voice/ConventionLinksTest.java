package io.github.anthology.cli.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/conventions.md states the conventions; the rule pages that enforce them link to it, at headings that exist. */
class ConventionLinksTest {
  private static final Path DOCS = Path.of("../docs");
  private static final Pattern LINK = Pattern.compile("conventions\\.md(#[\\w-]+)?\\)");

  /** GitHub's heading anchors: lower case, punctuation dropped, spaces as hyphens. */
  static Set<String> anchors(String markdown) {
    return markdown.lines().filter(l -> l.startsWith("#")).map(l -> l.replaceFirst("^#+\\s*", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} -]", "").replace(' ', '-')).collect(Collectors.toSet());
  }

  @Test
  void theConventionsPageCoversEachConvention() throws Exception {
    assertThat(anchors(Files.readString(DOCS.resolve("conventions.md"))))
        .contains("naming", "one-primary-topic", "merging-overlap-above-50", "splitting", "deprecation");
  }

  @Test
  void everyNamingAndTaxonomyRulePageLinksToTheConventionsAtAnExistingHeading() throws Exception {
    Set<String> anchors = anchors(Files.readString(DOCS.resolve("conventions.md")));
    try (Stream<Path> naming = Files.list(DOCS.resolve("rules/naming"));
        Stream<Path> taxonomy = Files.list(DOCS.resolve("rules/taxonomy"))) {
      for (Path page : Stream.concat(naming, taxonomy).toList()) {
        String text = Files.readString(page);
        Matcher m = LINK.matcher(text);
        boolean linked = false;
        while (m.find()) {
          linked = true;
          if (m.group(1) != null) {
            assertThat(anchors).as(page + " links to " + m.group(1)).contains(m.group(1).substring(1));
          }
        }
        assertThat(linked).as(page + " links to the conventions").isTrue();
      }
    }
  }

  @Test
  void everyRulePageTheConventionsLinkToExists() throws Exception {
    Matcher m = Pattern.compile("\\]\\((rules/[\\w/-]+\\.md)\\)").matcher(Files.readString(DOCS.resolve("conventions.md")));
    int links = 0;
    while (m.find()) {
      assertThat(DOCS.resolve(m.group(1))).isRegularFile();
      links++;
    }
    assertThat(links).isGreaterThan(10);
  }
}
