package io.github.anthology.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.rules.api.Option;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleMetadata;
import io.github.anthology.rules.engine.RuleDocs;
import io.github.anthology.rules.engine.RuleRegistry;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every built-in rule is registered in both places, has a unique id, a documentation page that
 * agrees with its metadata (in docs/ and in the jar), and a test class.
 */
class CatalogueTest {
  private static final Path DOCS = Path.of("../docs/rules");
  private static final Path SERVICES =
      Path.of("src/main/resources/META-INF/services/io.github.anthology.rules.api.Rule");

  @Test
  void everyBuiltinRuleIsAlsoAServiceAndViceVersa() throws IOException {
    List<String> services = Files.readAllLines(SERVICES).stream()
        .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    assertThat(services).containsExactlyElementsOf(
        BuiltinRules.all().stream().map(r -> r.getClass().getName()).toList());
  }

  @Test
  void idsAreUniqueAndTheRegistryLoads() {
    Set<String> ids = new HashSet<>();
    for (Rule rule : BuiltinRules.all()) {
      assertThat(ids.add(rule.metadata().id())).as(rule.metadata().id()).isTrue();
    }
    assertThat(RuleRegistry.load().rules()).hasSameSizeAs(BuiltinRules.all());
  }

  @Test
  void everyRuleIsASmallFinalClassInThePackageOfItsCategory() {
    for (Rule rule : BuiltinRules.all()) {
      Class<?> type = rule.getClass();
      assertThat(Modifier.isFinal(type.getModifiers())).as(type.getName()).isTrue();
      assertThat(type.getSimpleName()).endsWith("Rule");
      assertThat(type.getPackageName()).as(type.getName())
          .isEqualTo(BuiltinRules.class.getPackageName() + "." + rule.metadata().category());
    }
  }

  @Test
  void everyRuleHasATestClass() {
    for (Rule rule : BuiltinRules.all()) {
      String test = rule.getClass().getName() + "Test";
      assertThat(exists(test)).as(test).isTrue();
    }
  }

  @Test
  void everyRuleHasADocPageThatAgreesWithItsMetadata() throws IOException {
    for (Rule rule : BuiltinRules.all()) {
      RuleMetadata m = rule.metadata();
      Path page = DOCS.resolve(m.id() + ".md");
      assertThat(page).as(m.id()).exists();
      String text = Files.readString(page, StandardCharsets.UTF_8);
      List<String> lines = text.lines().toList();
      assertThat(lines.get(0)).isEqualTo("# " + m.id());
      assertThat(lines.get(2)).as(m.id()).isEqualTo(m.summary());
      assertThat(lines).as(m.id()).contains("- Default severity: " + m.defaultSeverity().label(),
          "- Fixable: " + (m.fixable() ? "yes" : "no"), "## Bad", "## Good");
      assertThat(lines).as(m.id() + " explains why").containsAnyOf("## Rationale", "## Why");
      assertThat(lines).as(m.id() + " answers whether a curator acts on it before merging")
          .anyMatch(l -> l.startsWith("Severity: "));
      for (Option<?> option : m.options()) {
        assertThat(text).as(m.id() + " documents " + option.name())
            .contains("| `" + option.name() + "` | " + option.type() + " |");
      }
      long documented = lines.stream().filter(l -> l.startsWith("| `")).count();
      assertThat(documented).as(m.id() + " documents only its options").isEqualTo(m.options().size());
      if (m.options().isEmpty()) {
        assertThat(lines).as(m.id() + " says it has no options").containsAnyOf("None.", "- Options: none");
      }
    }
  }

  @Test
  void theJarCarriesTheSamePages() throws IOException {
    for (Rule rule : BuiltinRules.all()) {
      assertThat(RuleDocs.page(rule)).as(rule.metadata().id())
          .contains(Files.readString(DOCS.resolve(rule.metadata().id() + ".md"), StandardCharsets.UTF_8));
    }
  }

  /** Every page below a category folder documents a rule; the index and quality.md sit above them. */
  @Test
  void everyPageDocumentsARule() throws IOException {
    Set<String> ids = new HashSet<>();
    BuiltinRules.all().forEach(r -> ids.add(r.metadata().id()));
    try (Stream<Path> pages = Files.walk(DOCS)) {
      pages.filter(p -> p.toString().endsWith(".md") && !p.getParent().equals(DOCS)).forEach(p -> {
        String id = DOCS.relativize(p).toString().replace('\\', '/').replaceAll("\\.md$", "");
        assertThat(ids).as("page " + p).contains(id);
      });
    }
  }

  private static boolean exists(String className) {
    try {
      Class.forName(className);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
