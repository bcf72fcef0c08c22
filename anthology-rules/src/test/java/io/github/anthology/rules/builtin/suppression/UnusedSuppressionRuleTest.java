package io.github.anthology.rules.builtin.suppression;

import static io.github.anthology.rules.builtin.suppression.SuppressionFixtures.at;
import static io.github.anthology.rules.builtin.suppression.SuppressionFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnusedSuppressionRuleTest {
  private static final String NEXT = "a: 1\n# anthology-disable-next-line r/a, r/b -- known\nb: 2\nc: 3\n";

  @Test
  void aUsedDirectiveSuppressesTheFindingOnTheNextLineOnly() {
    assertThat(run(NEXT, at("r/a", 3), at("r/b", 3), at("r/a", 4))).containsExactly("4 r/a");
  }

  @Test
  void eachRuleIdThatSuppressedNothingIsReported() {
    assertThat(run(NEXT, at("r/a", 3), at("r/b", 4))).containsExactly(
        "2 suppression/unused `# anthology-disable-next-line r/b` suppresses nothing on the next line;"
            + " remove it (or the rule id) now that the finding is gone",
        "4 r/b");
  }

  @Test
  void aFileDirectiveCoversEveryLineAndIsUnusedOnlyWhenNothingMatched() {
    String yaml = "# anthology-disable-file r/a -- legacy\nx: 1\n";
    assertThat(run(yaml, at("r/a", 2), at("r/a", 9))).isEmpty();
    assertThat(run(yaml, at("r/b", 2))).containsExactly(
        "1 suppression/unused `# anthology-disable-file r/a` suppresses nothing in this file;"
            + " remove it (or the rule id) now that the finding is gone",
        "2 r/b");
  }

  @Test
  void aDirectiveNamingNoRuleIsReported() {
    assertThat(run("# anthology-disable-next-line -- why\nx: 1\n")).singleElement().asString()
        .contains("names no rule");
  }

  @Test
  void findingsAboutSuppressionsCannotBeSuppressed() {
    String yaml = "# anthology-disable-next-line suppression/unused -- try\n# anthology-disable-next-line r/a -- x\n";
    assertThat(run(yaml)).extracting(s -> s.substring(0, s.indexOf('`')))
        .containsExactly("1 suppression/unused ", "2 suppression/unused ");
  }

  @Test
  void directivesOnlyApplyToTheirOwnFile() {
    var other = io.github.anthology.rules.api.Finding.builder().from(at("r/a", 3))
        .span(new io.github.anthology.model.source.SourceSpan("other.yaml", 3, 1, 3, 2, 0, 1)).build();
    assertThat(run(NEXT, other)).contains("3 r/a");
  }
}
