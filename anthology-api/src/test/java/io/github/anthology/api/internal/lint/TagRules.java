package io.github.anthology.api.internal.lint;

import io.github.anthology.model.Paper;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.model.source.TextEdit;
import io.github.anthology.rules.api.Fix;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import io.github.anthology.rules.engine.ConfiguredRule;
import io.github.anthology.rules.engine.Linter;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/** Small rules over paper tags whose fixes exercise the fix loop. */
final class TagRules {
  private TagRules() {}

  static Linter linter(Rule... rules) {
    return new Linter(Arrays.stream(rules).map(ConfiguredRule::withDefaults).toList());
  }

  /** Reports each tag that {@code fix} would change, with the changed tag as the fix. */
  abstract static class TagRule implements Rule {
    private final UnaryOperator<String> fix;

    TagRule(UnaryOperator<String> fix) {
      this.fix = fix;
    }

    @Override
    public void check(RuleContext ctx) {
      for (Paper p : ctx.anthology().papers()) {
        for (Scalar tag : p.topics()) {
          String fixed = fix.apply(tag.text());
          if (!fixed.equals(tag.text())) {
            ctx.at(tag.span(), "tag `" + tag.text() + "`; use `" + fixed + "`")
                .fix(new Fix("retag", List.of(TextEdit.replaceText(tag, fixed)))).report();
          }
        }
      }
    }
  }

  @RuleInfo(id = "test/lower", summary = "Tags are lower case.", severity = Severity.ERROR, fixable = true)
  static final class Lower extends TagRule {
    Lower() {
      super(s -> s.toLowerCase(java.util.Locale.ROOT));
    }
  }

  @RuleInfo(id = "test/underscore", summary = "Tags use hyphens.", severity = Severity.ERROR, fixable = true)
  static final class Underscore extends TagRule {
    Underscore() {
      super(s -> s.replace('_', '-'));
    }
  }

  @RuleInfo(id = "test/forever", summary = "Never satisfied.", severity = Severity.WARNING, fixable = true)
  static final class Forever extends TagRule {
    Forever() {
      super(s -> s + "x");
    }
  }
}
