package io.github.anthology.api.internal.lint;

import io.github.anthology.api.internal.Levels;
import io.github.anthology.api.lint.LintFinding;
import io.github.anthology.rules.api.Finding;
import io.github.anthology.rules.api.Fix;
import io.github.anthology.rules.api.Related;
import java.util.List;

/** The engine's findings as the API's and back, losing nothing, so reports and baselines see what the engine saw. */
public final class Findings {
  private Findings() {}

  /**
   * @param findings the engine's findings
   * @return the same findings as the API shows them, in the same order
   */
  public static List<LintFinding> toApi(List<Finding> findings) {
    return findings.stream().map(Findings::toApi).toList();
  }

  /**
   * @param findings the API's findings
   * @return the same findings as the engine's, in the same order
   */
  public static List<Finding> toEngine(List<LintFinding> findings) {
    return findings.stream().map(Findings::toEngine).toList();
  }

  static LintFinding toApi(Finding f) {
    return new LintFinding(f.ruleId(), Levels.of(f.severity()), f.message(), f.span(),
        f.related().stream().map(r -> new LintFinding.Note(r.span(), r.message())).toList(), f.pointer(),
        f.fixes().stream().map(x -> new LintFinding.Fix(x.description(), x.edits())).toList());
  }

  static Finding toEngine(LintFinding f) {
    return Finding.builder().ruleId(f.ruleId()).severity(Levels.of(f.level())).message(f.message()).span(f.span())
        .related(f.related().stream().map(n -> new Related(n.span(), n.message())).toList())
        .pointer(f.pointer())
        .fixes(f.fixes().stream().map(x -> new Fix(x.description(), x.edits())).toList())
        .build();
  }
}
