package io.github.anthology.model.config;

import io.github.anthology.model.source.Scalar;

/** One {@code name: value} under a rule's {@code options}: the name with its place, and the value. */
public record OptionSetting(Scalar name, ConfigValue value) {}
