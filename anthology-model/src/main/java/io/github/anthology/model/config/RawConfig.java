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
 * @param plugins jar files of plugin rules to load, as written (relative to {@code directory})
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
    Optional<ConfigValue> maxWarnings,
    List<Scalar> plugins) {

  public RawConfig {
    inputs = List.copyOf(inputs);
    plugins = List.copyOf(plugins);
    presets = List.copyOf(presets);
    rules = List.copyOf(rules);
    overrides = List.copyOf(overrides);
    ignores = List.copyOf(ignores);
  }

  /** A configuration without plugins: the form before {@code plugins} could be configured. */
  public RawConfig(String file, String directory, List<Scalar> inputs, List<Scalar> presets, List<RuleSetting> rules,
      List<PathOverride> overrides, List<Scalar> ignores, Optional<Scalar> baseline, Optional<Scalar> failOn,
      Optional<ConfigValue> maxWarnings) {
    this(file, directory, inputs, presets, rules, overrides, ignores, baseline, failOn, maxWarnings, List.of());
  }

  /** No configuration file: the recommended preset and every default. */
  public static RawConfig empty(String directory) {
    return new RawConfig("", directory, List.of(), List.of(), List.of(), List.of(), List.of(),
        Optional.empty(), Optional.empty(), Optional.empty(), List.of());
  }
}
