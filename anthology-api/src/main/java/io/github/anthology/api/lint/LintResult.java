package io.github.anthology.api.lint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a lint run found, in report order (file, line, column, rule), with the files it read, how
 * it compared with a baseline, any rule that failed, and the fail policy the run was given.
 *
 * @param findings the findings that count: after configuration, inline suppression, ignores and baseline
 * @param files every file the run read, in reading order
 * @param baseline the baseline comparison, when a baseline applied
 * @param ruleErrors rules that threw; their findings may be missing
 * @param policy when the run fails ({@link #failed()})
 */
public record LintResult(List<LintFinding> findings, List<String> files, Optional<BaselineMatch> baseline,
    List<RuleError> ruleErrors, FailPolicy policy) {

  /**
   * Copies the lists.
   *
   * @param findings the findings that count: after configuration, inline suppression, ignores and baseline
   * @param files every file the run read, in reading order
   * @param baseline the baseline comparison, when a baseline applied
   * @param ruleErrors rules that threw; their findings may be missing
   * @param policy when the run fails ({@link #failed()})
   */
  public LintResult {
    findings = List.copyOf(findings);
    files = List.copyOf(files);
    ruleErrors = List.copyOf(ruleErrors);
  }

  /**
   * The findings grouped by file, files in the order their first finding has.
   *
   * @return file name to its findings; files without findings are not keys
   */
  public Map<String, List<LintFinding>> byFile() {
    Map<String, List<LintFinding>> out = new LinkedHashMap<>();
    for (LintFinding f : findings) {
      out.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
    }
    return out;
  }

  /**
   * How many findings have a level.
   *
   * @param level the level to count
   * @return the count
   */
  public int count(Level level) {
    return (int) findings.stream().filter(f -> f.level() == level).count();
  }

  /**
   * Whether the run fails by its own policy (the one the workspace was given, else the configuration's).
   *
   * @return true when a finding is at or above the fail-on level or there are too many warnings
   */
  public boolean failed() {
    return policy.fails(findings);
  }

  /**
   * Whether the run fails by another policy.
   *
   * @param other the policy to apply
   * @return true when the findings fail it
   */
  public boolean failed(FailPolicy other) {
    return other.fails(findings);
  }
}
