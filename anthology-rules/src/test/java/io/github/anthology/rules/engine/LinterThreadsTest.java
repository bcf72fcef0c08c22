package io.github.anthology.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.anthology.model.Anthology;
import io.github.anthology.model.source.SourceSpan;
import io.github.anthology.rules.api.Finding;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LinterThreadsTest {
  private static final CountDownLatch BOTH_STARTED = new CountDownLatch(2);

  @Test
  void rulesRunSideBySideOnASeveralCoreMachineAndReportAsOneThreadWould() {
    assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "one core: the rules run one after another");
    Linter linter = new Linter(List.of(ConfiguredRule.withDefaults(new First()), ConfiguredRule.withDefaults(new Second())));

    List<Finding> findings = linter.lint(Anthology.builder().build());

    assertThat(findings).extracting(f -> f.ruleId() + ": " + f.message())
        .containsExactly("test/first: the other rule was running too", "test/second: the other rule was running too");
  }

  /** Waits (at most 20 s) until the other rule has started too: only true when they run side by side. */
  private static void meet(RuleContext ctx, int line) {
    BOTH_STARTED.countDown();
    try {
      boolean met = BOTH_STARTED.await(20, TimeUnit.SECONDS);
      ctx.at(new SourceSpan("f", line, 1, line, 2, line, line + 1),
          met ? "the other rule was running too" : "ran alone").report();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @RuleInfo(id = "test/first", summary = "meets the second", severity = Severity.INFO)
  static final class First implements Rule {
    @Override
    public void check(RuleContext ctx) {
      meet(ctx, 1);
    }
  }

  @RuleInfo(id = "test/second", summary = "meets the first", severity = Severity.INFO)
  static final class Second implements Rule {
    @Override
    public void check(RuleContext ctx) {
      meet(ctx, 2);
    }
  }
}
