package io.github.anthology.render.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SourceRootProperties {
  @Provide
  Arbitrary<List<String>> segments() {
    return Arbitraries.strings().withCharRange(' ', '~').withChars("éß中").ofMinLength(1).ofMaxLength(8)
        .filter(s -> !s.equals(".") && !s.equals("..") && s.indexOf('/') < 0 && s.indexOf('\\') < 0)
        .list().ofMinSize(1).ofMaxSize(4);
  }

  @Property
  void everyFileUnderTheRootIsARelativeReferenceThatResolvesBackToIt(@ForAll("segments") List<String> segments) {
    Path dir = Path.of("/work/repo").toAbsolutePath();
    String file = String.join("/", segments);
    SourceRoot root = SourceRoot.of(dir, List.of(file));
    String reference = root.relative(file);
    URI parsed = URI.create(reference);
    assertThat(parsed.isAbsolute()).isFalse();
    assertThat(reference).doesNotStartWith("/");
    assertThat(reference.split("/")).doesNotContain(".."); // a segment such as " .." is a name, not a step up
    assertThat(Path.of(URI.create(root.uri()).resolve(parsed))).isEqualTo(dir.resolve(file).normalize());
    assertThat(URLDecoder.decode(reference.replace("+", "%2B"), StandardCharsets.UTF_8)).isEqualTo(file);
  }

  @Example
  void aColonInTheFirstSegmentIsEncodedSoItDoesNotReadAsAScheme() {
    assertThat(SourceRoot.reference("c:notes/a:b.yaml")).isEqualTo("c%3Anotes/a:b.yaml");
    assertThat(SourceRoot.reference("dir with space/100%.yaml")).isEqualTo("dir%20with%20space/100%25.yaml");
  }
}
