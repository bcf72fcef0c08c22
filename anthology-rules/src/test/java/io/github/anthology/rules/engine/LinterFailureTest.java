package io.github.anthology.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.anthology.model.Anthology;
import io.github.anthology.model.source.SourceSpan;
import io.github.anthology.rules.api.Finding;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class LinterFailureTest {
  private static final Anthology EMPTY = Anthology.builder().build();

  private static List<ConfiguredRule> rules() {
    return List.of(ConfiguredRule.withDefaults(new Reports()), ConfiguredRule.withDefaults(new Throws()),
        ConfiguredRule.withDefaults(new Reports2()));
  }

  @Test
  void aRuleThatThrowsIsHandedOverAndTheOtherRulesFindingsAreKept() {
    List<RuleFailure> failures = new CopyOnWriteArrayList<>();

    List<Finding> findings = new Linter(rules(), failures::add).lint(EMPTY);

    assertThat(findings).extracting(Finding::ruleId).containsExactly("test/reports", "test/throws", "test/reports2");
    assertThat(failures).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("test/throws");
      assertThat(f.problem()).isEqualTo("IllegalStateException: cannot go on");
    });
  }

  @Test
  void withoutAHandlerTheFailureEndsTheRunAsBefore() {
    assertThatThrownBy(() -> new Linter(rules()).lint(EMPTY)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot go on");
  }

  private static void report(RuleContext ctx, int line) {
    ctx.at(new SourceSpan("f", line, 1, line, 2, line, line + 1), "found").report();
  }

  @RuleInfo(id = "test/reports", summary = "reports", severity = Severity.INFO)
  static final class Reports implements Rule {
    @Override
    public void check(RuleContext ctx) {
      report(ctx, 1);
    }
  }

  @RuleInfo(id = "test/reports2", summary = "reports too", severity = Severity.INFO)
  static final class Reports2 implements Rule {
    @Override
    public void check(RuleContext ctx) {
      report(ctx, 3);
    }
  }

  @RuleInfo(id = "test/throws", summary = "reports, then throws", severity = Severity.ERROR)
  static final class Throws implements Rule {
    @Override
    public void check(RuleContext ctx) {
      report(ctx, 2);
      throw new IllegalStateException("cannot go on");
    }
  }
}
