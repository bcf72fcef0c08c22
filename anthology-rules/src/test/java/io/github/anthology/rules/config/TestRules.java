package io.github.anthology.rules.config;

import io.github.anthology.model.source.SourceSpan;
import io.github.anthology.rules.api.Option;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import io.github.anthology.rules.engine.RuleRegistry;
import java.util.List;

/** Rules that report once per source file, saying which options they ran with. */
final class TestRules {
  private TestRules() {}

  static final Option<Integer> LEVEL = Option.integer("level", "a number", 1, 0, 10);
  static final Option<Double> RATIO = Option.decimal("ratio", "a ratio", 0.5, 0, 1);
  static final Option<List<String>> NAMES = Option.strings("names", "some names", List.of());

  static RuleRegistry registry() {
    return RuleRegistry.of(List.of(new PerFile(), new StrictOnly(), new Everything()));
  }

  static void perSource(RuleContext ctx, String message) {
    for (String file : ctx.anthology().sources()) {
      ctx.report(SourceSpan.ofFile(file), message);
    }
  }

  @RuleInfo(id = "test/per-file", summary = "Once per file.", severity = Severity.WARNING)
  static final class PerFile implements Rule {
    @Override
    public void check(RuleContext ctx) {
      perSource(ctx, "level " + ctx.option(LEVEL) + " ratio " + ctx.option(RATIO) + " names " + ctx.option(NAMES));
    }

    @Override
    public List<Option<?>> options() {
      return List.of(LEVEL, RATIO, NAMES);
    }
  }

  @RuleInfo(id = "test/strict-only", summary = "Strict.", severity = Severity.ERROR, preset = "strict")
  static final class StrictOnly implements Rule {
    @Override
    public void check(RuleContext ctx) {
      perSource(ctx, "strict");
    }
  }

  @RuleInfo(id = "test/everything", summary = "All.", severity = Severity.INFO, preset = "all")
  static final class Everything implements Rule {
    @Override
    public void check(RuleContext ctx) {
      perSource(ctx, "all");
    }
  }
}
