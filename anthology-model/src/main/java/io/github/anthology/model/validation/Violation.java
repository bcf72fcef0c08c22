package io.github.anthology.model.validation;

import io.github.anthology.model.source.SourceSpan;

/**
 * One broken constraint: where, which property, what is wrong, and the entity (a {@code Paper} or
 * a {@code Recommendation}) it is broken on, so a finding can name the entity as well as the place.
 */
public record Violation(SourceSpan span, String property, String message, Object subject) {}
