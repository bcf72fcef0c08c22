package io.github.anthology.rules.builtin.paper;

import static io.github.anthology.rules.Fixtures.lint;
import static io.github.anthology.rules.Fixtures.research;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.rules.api.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExperimentalBooleanRuleTest {
  private static List<Finding> check(String value) {
    return lint(new ExperimentalBooleanRule(), research("2023:\n  - title: T\n    experimental: " + value + "\n"));
  }

  @Test
  void lowerCaseBooleansAreAccepted() {
    assertThat(check("true")).isEmpty();
    assertThat(check("false")).isEmpty();
  }

  @Test
  void capitalisedTrueIsReportedWithALowerCaseFix() {
    Finding f = check("True").get(0);
    assertThat(f.message()).isEqualTo(
        "experimental is `True`, a boolean, but not in the lower-case spelling the registry uses; write true");
    assertThat(f.fixes().get(0).edits().get(0).replacement()).isEqualTo("true");
  }

  @Test
  void yesAndOffAreYaml11Booleans() {
    assertThat(check("yes").get(0).message())
        .isEqualTo("experimental is `yes`, a boolean only to YAML 1.1 readers and a string to YAML 1.2 ones; write true");
    assertThat(check("yes").get(0).fixes().get(0).edits().get(0).replacement()).isEqualTo("true");
    assertThat(check("off").get(0).fixes().get(0).edits().get(0).replacement()).isEqualTo("false");
  }

  @Test
  void quotedTrueIsAString() {
    Finding f = check("\"true\"").get(0);
    assertThat(f.message()).contains("a quoted string, not a boolean");
    assertThat(f.fixes().get(0).edits().get(0).replacement()).isEqualTo("true");
  }

  @Test
  void somethingElseIsReportedWithoutAFix() {
    Finding f = check("maybe").get(0);
    assertThat(f.message()).isEqualTo("experimental is `maybe`, which is not a boolean; write true or false");
    assertThat(f.fixes()).isEmpty();
  }
}
