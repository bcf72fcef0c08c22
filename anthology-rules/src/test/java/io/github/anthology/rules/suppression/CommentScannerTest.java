package io.github.anthology.rules.suppression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;

class CommentScannerTest {
  private static List<Directive> scan(String text) {
    return CommentScanner.scan("r.yaml", text);
  }

  @Test
  void aDirectiveOnItsOwnLineIsFoundWithRulesReasonAndPlace() {
    List<Directive> found = scan("a: 1\n  # anthology-disable-next-line naming/format, taxonomy/x -- vendor name\nb: 2\n");
    assertThat(found).singleElement().satisfies(d -> {
      assertThat(d.scope()).isEqualTo(Directive.Scope.NEXT_LINE);
      assertThat(d.rules()).containsExactly("naming/format", "taxonomy/x");
      assertThat(d.reason()).contains("vendor name");
      assertThat(d.span().location()).isEqualTo("r.yaml:2:3");
      assertThat(d.span().startOffset()).isEqualTo(7);
      assertThat(d.covers("naming/format", 3)).isTrue();
      assertThat(d.covers("naming/format", 4)).isFalse();
      assertThat(d.covers("other/rule", 3)).isFalse();
    });
  }

  @Test
  void aTrailingCommentAndAFileDirectiveAreFound() {
    List<Directive> found = scan("a: 1 # anthology-disable-next-line r/one\n# anthology-disable-file r/two -- legacy\n");
    assertThat(found).extracting(Directive::scope).containsExactly(Directive.Scope.NEXT_LINE, Directive.Scope.FILE);
    assertThat(found.get(0).reason()).isEmpty();
    assertThat(found.get(1).covers("r/two", 0)).isTrue();
    assertThat(found.get(1).covers("r/two", 99)).isTrue();
  }

  @Test
  void aHashInsideQuotesOrAWordIsNotAComment() {
    assertThat(scan("a: \"x # anthology-disable-file r/a -- no\"\n")).isEmpty();
    assertThat(scan("a: 'x # anthology-disable-file r/a -- no'\n")).isEmpty();
    assertThat(scan("a: \"x \\\" # anthology-disable-file r/a -- no\"\n")).isEmpty();
    assertThat(scan("a: 'it''s # anthology-disable-file r/a -- no'\n")).isEmpty();
    assertThat(scan("a: x#anthology-disable-file r/a -- no\n")).isEmpty();
    assertThat(scan("- [\"b # anthology-disable-file r/a\", c]\n")).isEmpty();
  }

  @Test
  void anApostropheInsideAPlainValueDoesNotOpenAQuote() {
    assertThat(scan("a: don't do it # anthology-disable-file r/a -- fine\n")).hasSize(1);
  }

  @Test
  void linesOfABlockScalarAreTextNotComments() {
    String yaml = "a: |\n  # anthology-disable-file r/a -- text\n  more\nb: 2 # anthology-disable-file r/b -- real\n";
    assertThat(scan(yaml)).singleElement().satisfies(d -> assertThat(d.rules()).containsExactly("r/b"));
    assertThat(scan("- >-\n  # anthology-disable-file r/a\n")).isEmpty();
  }

  @Test
  void otherCommentsAndLookalikeKeywordsAreNotDirectives() {
    assertThat(scan("# a note\n# anthology-disable-next-lines r/a -- x\n# anthology-disable\n")).isEmpty();
  }

  @Test
  void aDirectiveWithoutRulesIsKeptSoItCanBeReported() {
    assertThat(scan("# anthology-disable-next-line -- why\n")).singleElement()
        .satisfies(d -> assertThat(d.rules()).isEmpty());
  }

  @Property
  void textWithoutAHashHasNoDirectives(@ForAll @Chars({'a', ' ', ':', '-', '\n', '"', '\''}) @CharRange(from = 'a', to = 'z') String text) {
    assertThat(scan(text)).isEmpty();
  }

  @Property
  void aDirectiveAfterAnyPlainValueIsFound(@ForAll @CharRange(from = 'a', to = 'z') String value) {
    assertThat(scan("k: " + value + " # anthology-disable-file r/a -- x\n")).hasSize(1);
  }
}
