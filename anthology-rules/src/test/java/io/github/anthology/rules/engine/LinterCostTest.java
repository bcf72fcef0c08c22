package io.github.anthology.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.model.Anthology;
import io.github.anthology.model.source.SourceSpan;
import io.github.anthology.rules.api.Finding;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The costliest rule starts first, on the calling thread; the findings keep rule order all the same. */
class LinterCostTest {
  private static final List<String> STARTED_BY_CALLER = Collections.synchronizedList(new ArrayList<>());
  private static volatile Thread caller;

  private static void started(RuleContext ctx, String id, int line) {
    if (Thread.currentThread() == caller) {
      STARTED_BY_CALLER.add(id);
    }
    ctx.at(new SourceSpan("f", line, 1, line, 2, line, line + 1), id).report();
  }

  @Test
  void theCostliestRuleIsStartedFirstAndFindingsStayInRuleOrder() {
    caller = Thread.currentThread();
    Linter linter = new Linter(List.of(ConfiguredRule.withDefaults(new Cheap()),
        ConfiguredRule.withDefaults(new AlsoCheap()), ConfiguredRule.withDefaults(new Costly())));

    List<Finding> findings = linter.lint(Anthology.builder().build());

    assertThat(STARTED_BY_CALLER).first().isEqualTo("test/costly");
    assertThat(findings).extracting(Finding::message).containsExactly("test/cheap", "test/also-cheap", "test/costly");
  }

  @RuleInfo(id = "test/cheap", summary = "cheap", severity = Severity.INFO)
  static final class Cheap implements Rule {
    @Override
    public void check(RuleContext ctx) {
      started(ctx, "test/cheap", 1);
    }
  }

  @RuleInfo(id = "test/also-cheap", summary = "cheap too", severity = Severity.INFO)
  static final class AlsoCheap implements Rule {
    @Override
    public void check(RuleContext ctx) {
      started(ctx, "test/also-cheap", 2);
    }
  }

  @RuleInfo(id = "test/costly", summary = "costly", severity = Severity.INFO, cost = 10)
  static final class Costly implements Rule {
    @Override
    public void check(RuleContext ctx) {
      started(ctx, "test/costly", 3);
    }
  }
}
