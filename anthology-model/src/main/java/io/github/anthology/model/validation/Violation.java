package io.github.anthology.model.validation;

import io.github.anthology.model.source.SourceSpan;

/** One broken constraint: where, which property, and what is wrong. */
public record Violation(SourceSpan span, String property, String message) {}
