package io.github.anthology.rules.builtin.suppression;

import static io.github.anthology.rules.builtin.suppression.SuppressionFixtures.at;
import static io.github.anthology.rules.builtin.suppression.SuppressionFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.model.source.SourceSpan;
import io.github.anthology.rules.api.Severity;
import io.github.anthology.rules.suppression.Suppressions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MissingReasonRuleTest {
  @Test
  void aDirectiveWithoutAReasonIsReportedButStillSuppresses() {
    assertThat(run("a: 1\n# anthology-disable-next-line r/a\nb: 2\n", at("r/a", 3))).containsExactly(
        "2 suppression/missing-reason `# anthology-disable-next-line` gives no reason; add one after ` -- `"
            + " so the next reader knows why");
  }

  @Test
  void anEmptyReasonCountsAsMissing() {
    assertThat(run("# anthology-disable-file r/a --   \n", at("r/a", 3)))
        .singleElement().asString().startsWith("1 suppression/missing-reason");
  }

  @Test
  void aDirectiveWithAReasonIsQuiet() {
    assertThat(run("# anthology-disable-file r/a -- vendor name\n", at("r/a", 3))).isEmpty();
  }

  @Test
  void turnedOffTheRuleReportsNothing() {
    var findings = Suppressions.apply(List.of(at("r/a", 2)), Map.of("r.yaml", "# anthology-disable-next-line r/a\nx: 1\n"),
        (rule, file) -> rule.equals(MissingReasonRule.ID) ? Optional.empty() : Optional.of(Severity.INFO));
    assertThat(findings).isEmpty();
  }

  @Test
  void theFindingPointsAtTheComment() {
    var findings = Suppressions.apply(List.of(), Map.of("r.yaml", "k: v   # anthology-disable-file r/a\n"),
        (rule, file) -> rule.equals(MissingReasonRule.ID) ? Optional.of(Severity.WARNING) : Optional.empty());
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.span()).isEqualTo(new SourceSpan("r.yaml", 1, 8, 1, 36, 7, 35));
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
    });
  }
}
