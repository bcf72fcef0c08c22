package io.github.anthology.rules.api;

import io.github.anthology.model.source.SourceSpan;

/** Another place a finding involves: the other topic of an overlap, a first occurrence. */
public record Related(SourceSpan span, String message) {}
