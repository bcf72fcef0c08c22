package io.github.anthology.api.lint;

import java.io.IOException;

/**
 * Writes a lint result in one report format ({@code text}, {@code json}, {@code sarif},
 * {@code github}, {@code junit}, {@code checkstyle}); get one from
 * {@link io.github.anthology.api.Workspace#formatter(String, boolean)}. Rule metadata (summaries,
 * documentation links) comes from the workspace's rules, plugins included.
 */
public interface Formatter {
  /**
   * The format's name.
   *
   * @return e.g. {@code sarif}
   */
  String name();

  /**
   * Writes the report.
   *
   * @param result what to report
   * @param out where to write
   * @throws IOException when {@code out} fails
   */
  void format(LintResult result, Appendable out) throws IOException;

  /**
   * The report as a string.
   *
   * @param result what to report
   * @return the whole report
   */
  default String format(LintResult result) {
    StringBuilder out = new StringBuilder();
    try {
      format(result, out);
    } catch (IOException e) {
      throw new IllegalStateException("a StringBuilder does not fail", e);
    }
    return out.toString();
  }
}
