package io.github.anthology.api.lint;

import io.github.anthology.api.edit.Changes;

/**
 * What the fix loop did: the changes to the files (nothing is written until
 * {@link Changes#write()} is called), and the findings that remain after them.
 *
 * @param changes every change, against the texts as first read
 * @param remaining the lint of the fixed texts (with the baseline applied, as a lint would)
 * @param passes how many passes applied fixes
 * @param settled false when fixes were still producing new fixes after the last pass allowed
 */
public record FixResult(Changes changes, LintResult remaining, int passes, boolean settled) {
  /** Passes before the loop gives up on fixes that keep producing new fixes. */
  public static final int MAX_PASSES = 10;
}
