package io.github.anthology.rules.api;

import io.github.anthology.model.Anthology;
import io.github.anthology.model.source.SourceSpan;

/** What a rule sees while it runs, and where it reports. */
public interface RuleContext {
  Anthology anthology();

  /** Shared, lazily built lookups over the anthology. */
  RegistryIndex index();

  /**
   * The source text of a file of the registry, when the run has it (a fix that removes a line
   * needs to see the line); empty otherwise, and a rule then offers the fix it can make without it.
   */
  default java.util.Optional<String> source(String file) {
    return java.util.Optional.empty();
  }

  /** The configured value of one of the running rule's options, or its default. */
  <T> T option(Option<T> option);

  /** Starts a finding of the running rule; call {@link Report#report()} to record it. */
  Report at(SourceSpan span, String message);

  /** Records a finding with nothing but a place and a message. */
  default void report(SourceSpan span, String message) {
    at(span, message).report();
  }

  /** A finding being put together. */
  interface Report {
    Report related(SourceSpan span, String message);

    Report pointer(String pointer);

    Report fix(Fix fix);

    void report();
  }
}
