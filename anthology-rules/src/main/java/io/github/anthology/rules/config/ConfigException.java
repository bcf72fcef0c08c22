package io.github.anthology.rules.config;

import io.github.anthology.model.source.SourceSpan;

/** A configuration that names an unknown rule, option or preset, or a value of the wrong type. */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient SourceSpan span;

  public ConfigException(SourceSpan span, String problem) {
    super(span.location() + ": " + problem);
    this.span = span;
  }

  /** Where the offending key or value is written. */
  public SourceSpan span() {
    return span;
  }
}
