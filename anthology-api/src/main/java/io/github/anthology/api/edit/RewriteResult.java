package io.github.anthology.api.edit;

import io.github.anthology.model.source.SourceSpan;
import java.util.List;

/**
 * What a rewrite (ids, migrate, a topic operation) would change, what it had to leave for a
 * person, and what it did that a person may want to check. Nothing is written until
 * {@code changes().write()}.
 *
 * @param changes the edits to the files
 * @param problems what could not be done mechanically, each where it stands (a client fails on them)
 * @param notes what was done that a person may want to check (an id adopted by similarity, say); not failures
 */
public record RewriteResult(Changes changes, List<Problem> problems, List<Problem> notes) {
  /**
   * Copies the lists.
   *
   * @param changes the edits to the files
   * @param problems what could not be done mechanically, each where it stands
   * @param notes what was done that a person may want to check
   */
  public RewriteResult {
    problems = List.copyOf(problems);
    notes = List.copyOf(notes);
  }

  /**
   * Something a rewrite could not do (or did and wants checked), where it stands and what to do.
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
