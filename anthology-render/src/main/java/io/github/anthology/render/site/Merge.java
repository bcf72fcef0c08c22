package io.github.anthology.render.site;

/** Two topics the overlap rule says should become one, and its reason. */
public record Merge(String topic, String other, String message) {}
