package io.github.anthology.render.report;

import io.github.anthology.model.source.SourceSpan;
import io.github.anthology.model.source.TextEdit;
import io.github.anthology.rules.api.Finding;
import io.github.anthology.rules.api.Fix;
import io.github.anthology.rules.api.Related;
import io.github.anthology.rules.api.Severity;
import java.util.List;

/** Findings to render: every severity, related places, a fix, and text that needs escaping. */
final class Fixtures {
  private Fixtures() {}

  static SourceSpan span(String file, int line, int col) {
    return new SourceSpan(file, line, col, line, col + 3, 10 * line + col, 10 * line + col + 3);
  }

  static List<Finding> findings() {
    return List.of(
        Finding.builder().ruleId("naming/format").severity(Severity.ERROR)
            .message("topic `MoE` is not hyphenated-lowercase; rename it to `moe`")
            .span(span("research.yaml", 12, 5)).pointer("topic:MoE")
            .addRelated(new Related(span("research.yaml", 40, 9), "`MoE` is also used here"))
            .addFixes(new Fix("rename `MoE` to `moe`", List.of(new TextEdit("research.yaml", 125, 128, "moe"))))
            .build(),
        Finding.builder().ruleId("taxonomy/overlap-merge").severity(Severity.WARNING)
            .message("100% <overlap> & \"more\", a:b\nsecond line \u0001 end")
            .span(span("research.yaml", 20, 1)).build(),
        Finding.builder().ruleId("custom/plugin").severity(Severity.INFO)
            .message("no position here").span(SourceSpan.ofFile("dir with space/taxonomy.yaml")).build());
  }
}
