package io.github.anthology.model.config;

import io.github.anthology.model.source.Scalar;
import java.util.List;
import java.util.Optional;

/**
 * An {@code anthology.yaml} as written: the structure is checked, the meaning (rule ids, severities,
 * option types, presets) is not yet; every part keeps its position for error messages.
 *
 * @param file the configuration file as displayed in messages
 * @param directory the directory relative paths and globs are resolved against
 */
public record RawConfig(
    String file,
    String directory,
    List<Scalar> inputs,
    List<Scalar> presets,
    List<RuleSetting> rules,
    List<PathOverride> overrides,
    List<Scalar> ignores,
    Optional<Scalar> baseline,
    Optional<Scalar> failOn,
    Optional<ConfigValue> maxWarnings) {

  public RawConfig {
    inputs = List.copyOf(inputs);
    presets = List.copyOf(presets);
    rules = List.copyOf(rules);
    overrides = List.copyOf(overrides);
    ignores = List.copyOf(ignores);
  }

  /** No configuration file: the recommended preset and every default. */
  public static RawConfig empty(String directory) {
    return new RawConfig("", directory, List.of(), List.of(), List.of(), List.of(), List.of(),
        Optional.empty(), Optional.empty(), Optional.empty());
  }
}
