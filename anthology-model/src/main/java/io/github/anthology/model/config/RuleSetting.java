package io.github.anthology.model.config;

import io.github.anthology.model.source.Scalar;
import java.util.List;
import java.util.Optional;

/**
 * How the configuration sets one rule: {@code id: severity}, or {@code id: {severity, options}}.
 * The severity is kept as written ({@code error}, {@code warning}, {@code info}, {@code off}); the
 * rules engine checks it and the options against the rule's metadata.
 */
public record RuleSetting(Scalar id, Optional<Scalar> severity, List<OptionSetting> options) {
  public RuleSetting {
    options = List.copyOf(options);
  }
}
