package io.github.anthology.api.diff;

import io.github.anthology.api.lint.RuleError;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A comparison of two registry versions.
 *
 * @param text the diff in the format asked for
 * @param findingsIntroduced how many lint findings the new version has that the old one did not
 * @param findingsResolved how many lint findings of the old version the new one no longer has
 * @param written the file the diff was written to, if one was asked for
 * @param ruleErrors rules that threw while either version was linted; the findings counts may
 *     then be incomplete
 */
public record DiffResult(String text, int findingsIntroduced, int findingsResolved, Optional<Path> written,
    List<RuleError> ruleErrors) {
  /**
   * Copies the list.
   *
   * @param text the diff in the format asked for
   * @param findingsIntroduced how many lint findings the new version has that the old one did not
   * @param findingsResolved how many lint findings of the old version the new one no longer has
   * @param written the file the diff was written to, if one was asked for
   * @param ruleErrors rules that threw while either version was linted
   */
  public DiffResult {
    ruleErrors = List.copyOf(ruleErrors);
  }

  /**
   * A comparison in which no rule threw.
   *
   * @param text the diff in the format asked for
   * @param findingsIntroduced how many lint findings the new version has that the old one did not
   * @param findingsResolved how many lint findings of the old version the new one no longer has
   * @param written the file the diff was written to, if one was asked for
   */
  public DiffResult(String text, int findingsIntroduced, int findingsResolved, Optional<Path> written) {
    this(text, findingsIntroduced, findingsResolved, written, List.of());
  }
}
