package io.github.anthology.io;

import io.github.anthology.model.source.SourceSpan;

/** Input that cannot be read: the message names the place, {@code file:line:col: what}. */
public final class ReadException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient SourceSpan span;
  private final String problem;

  public ReadException(SourceSpan span, String problem) {
    super(span.location() + ": " + problem);
    this.span = span;
    this.problem = problem;
  }

  public SourceSpan span() {
    return span;
  }

  public String problem() {
    return problem;
  }
}
