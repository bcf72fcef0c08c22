package io.github.anthology.api;

import io.github.anthology.model.source.SourceSpan;
import java.util.Optional;

/**
 * Something the workspace was given cannot be used: an unreadable or malformed input or
 * configuration, an unknown rule or format, a broken plugin, a file that cannot be written. The
 * message is one line and says what is wrong and, when it is written somewhere, where:
 * {@code file:line:col: problem}. A command-line client prints it and exits with status 2.
 */
public final class AnthologyException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient SourceSpan span;
  /** What is wrong, without the place. */
  private final String problem;

  private AnthologyException(SourceSpan span, String problem, Throwable cause) {
    super(span == null || span.file().isEmpty() ? problem : span.location() + ": " + problem, cause);
    this.span = span;
    this.problem = problem;
  }

  /**
   * A problem at a place in a file.
   *
   * @param span where the problem is written; a span of the empty file name counts as no place
   * @param problem what is wrong, without the place
   * @return the exception
   */
  public static AnthologyException at(SourceSpan span, String problem) {
    return new AnthologyException(span, problem, null);
  }

  /**
   * A problem that has no place in a file (an unknown format name, say).
   *
   * @param problem what is wrong and what to do instead
   * @return the exception
   */
  public static AnthologyException of(String problem) {
    return new AnthologyException(null, problem, null);
  }

  /**
   * A problem without a place, caused by another exception (kept for debugging, never printed).
   *
   * @param problem what is wrong and what to do instead
   * @param cause what was thrown underneath
   * @return the exception
   */
  public static AnthologyException of(String problem, Throwable cause) {
    return new AnthologyException(null, problem, cause);
  }

  /**
   * Where the problem is written, when it is written in a file.
   *
   * @return the place, or empty
   */
  public Optional<SourceSpan> span() {
    return Optional.ofNullable(span).filter(s -> !s.file().isEmpty());
  }

  /**
   * What is wrong, without the place.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }
}
