package io.github.anthology.api.lint;

import java.util.List;

/**
 * How a run compared with its baseline file: how many findings the baseline knew (they are left
 * out of the result), and which entries matched nothing any more (the baseline can shrink).
 *
 * @param file the baseline file, as the run names it
 * @param known how many findings the baseline knew
 * @param stale the entries that matched no finding, each as {@code file rule pointer-or-message}
 */
public record BaselineMatch(String file, int known, List<String> stale) {
  /**
   * Copies the entries.
   *
   * @param file the baseline file, as the run names it
   * @param known how many findings the baseline knew
   * @param stale the entries that matched no finding, each as {@code file rule pointer-or-message}
   */
  public BaselineMatch {
    stale = List.copyOf(stale);
  }
}
