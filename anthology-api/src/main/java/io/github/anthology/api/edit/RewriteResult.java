package io.github.anthology.api.edit;

import io.github.anthology.model.source.SourceSpan;
import java.util.List;

/**
 * What a rewrite (ids, migrate, a topic operation) would change, and what it had to leave for a
 * person. Nothing is written until {@code changes().write()}.
 *
 * @param changes the edits to the files
 * @param problems what could not be done mechanically, each where it stands
 */
public record RewriteResult(Changes changes, List<Problem> problems) {
  /**
   * Copies the problems.
   *
   * @param changes the edits to the files
   * @param problems what could not be done mechanically, each where it stands
   */
  public RewriteResult {
    problems = List.copyOf(problems);
  }

  /**
   * Something a rewrite could not do, where it stands and what to do instead.
   *
   * @param span where it stands
   * @param message what to do
   */
  public record Problem(SourceSpan span, String message) {
    /**
     * {@code file:line:col: message}.
     *
     * @return the one-line form
     */
    @Override
    public String toString() {
      return span.location() + ": " + message;
    }
  }
}
