package io.github.anthology.api.config;

import io.github.anthology.api.lint.Level;
import io.github.anthology.model.config.ConfigValue;
import io.github.anthology.model.config.OptionSetting;
import io.github.anthology.model.config.RawConfig;
import io.github.anthology.model.config.RuleSetting;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.model.source.SourceSpan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A configuration built in code: what an {@code anthology.yaml} says, without the file. Relative
 * paths and globs are resolved against the workspace's working directory. Values are checked
 * when the workspace uses them, as a file's are: an unknown rule or a bad option value is an
 * {@link io.github.anthology.api.AnthologyException}.
 */
public final class Settings {
  private final List<String> presets;
  private final Map<String, Rule> rules;
  private final List<String> inputs;
  private final List<String> ignores;
  private final List<String> plugins;
  private final Optional<String> baseline;
  private final Optional<Level> failOn;
  private final Optional<Integer> maxWarnings;

  private Settings(Builder b) {
    presets = List.copyOf(b.presets);
    rules = new LinkedHashMap<>(b.rules);
    inputs = List.copyOf(b.inputs);
    ignores = List.copyOf(b.ignores);
    plugins = List.copyOf(b.plugins);
    baseline = b.baseline;
    failOn = b.failOn;
    maxWarnings = b.maxWarnings;
  }

  /**
   * The recommended preset and every default, as with no configuration file.
   *
   * @return the default settings
   */
  public static Settings defaults() {
    return builder().build();
  }

  /**
   * A builder of settings.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The settings as a configuration file would give them.
   *
   * @param directory the directory relative paths and globs are resolved against
   * @return the raw configuration
   */
  public RawConfig toRawConfig(String directory) {
    List<RuleSetting> settings = new ArrayList<>();
    rules.forEach((id, r) -> settings.add(new RuleSetting(Scalar.of(id), r.severity.map(Scalar::of),
        r.options.entrySet().stream()
            .map(o -> new OptionSetting(Scalar.of(o.getKey()), new ConfigValue(o.getValue(), SourceSpan.ofFile(""))))
            .toList())));
    return new RawConfig("", directory, scalars(inputs), scalars(presets), settings, List.of(), scalars(ignores),
        baseline.map(Scalar::of), failOn.map(l -> Scalar.of(l.label())),
        maxWarnings.map(n -> new ConfigValue(n.longValue(), SourceSpan.ofFile(""))), scalars(plugins));
  }

  private static List<Scalar> scalars(List<String> texts) {
    return texts.stream().map(Scalar::of).toList();
  }

  /** One rule's severity and options, as set. */
  private record Rule(Optional<String> severity, Map<String, Object> options) {}

  /** Collects settings; every method returns this builder. */
  public static final class Builder {
    private final List<String> presets = new ArrayList<>();
    private final Map<String, Rule> rules = new LinkedHashMap<>();
    private final List<String> inputs = new ArrayList<>();
    private final List<String> ignores = new ArrayList<>();
    private final List<String> plugins = new ArrayList<>();
    private Optional<String> baseline = Optional.empty();
    private Optional<Level> failOn = Optional.empty();
    private Optional<Integer> maxWarnings = Optional.empty();

    private Builder() {}

    /**
     * Enables a preset, as {@code extends:} does; several enable the largest.
     *
     * @param preset {@code recommended}, {@code strict} or {@code all}
     * @return this builder
     */
    public Builder extend(String preset) {
      presets.add(preset);
      return this;
    }

    /**
     * Sets a rule's severity, as {@code rules: {ID: SEVERITY}} does.
     *
     * @param id the rule, {@code category/name}
     * @param severity {@code error}, {@code warning}, {@code info} or {@code off}
     * @return this builder
     */
    public Builder rule(String id, String severity) {
      Rule r = rules.getOrDefault(id, new Rule(Optional.empty(), Map.of()));
      rules.put(id, new Rule(Optional.of(severity), r.options()));
      return this;
    }

    /**
     * Sets one of a rule's options, as {@code rules: {ID: {options: {NAME: VALUE}}}} does.
     *
     * @param id the rule
     * @param name the option's name (see the rule's documentation page)
     * @param value a String, Boolean, whole number, decimal number, or a List or Map of those
     * @return this builder
     */
    public Builder option(String id, String name, Object value) {
      Rule r = rules.getOrDefault(id, new Rule(Optional.empty(), Map.of()));
      Map<String, Object> options = new LinkedHashMap<>(r.options());
      options.put(name, yamlValue(value));
      rules.put(id, new Rule(r.severity(), options));
      return this;
    }

    /**
     * Adds an input, as {@code inputs:} does: what the working directory stands for.
     *
     * @param path a file or directory
     * @return this builder
     */
    public Builder input(String path) {
      inputs.add(path);
      return this;
    }

    /**
     * Leaves out the findings of files matching a glob, as {@code ignores:} does.
     *
     * @param glob e.g. {@code drafts/**}
     * @return this builder
     */
    public Builder ignore(String glob) {
      ignores.add(glob);
      return this;
    }

    /**
     * Loads plugin rules from a jar, as {@code plugins:} does.
     *
     * @param jar the jar file
     * @return this builder
     */
    public Builder plugin(String jar) {
      plugins.add(jar);
      return this;
    }

    /**
     * Names the baseline file, as {@code baseline:} does.
     *
     * @param file the baseline file
     * @return this builder
     */
    public Builder baseline(String file) {
      baseline = Optional.of(file);
      return this;
    }

    /**
     * Sets the default fail-on level, as {@code fail-on:} does.
     *
     * @param level the least severe level that fails a run
     * @return this builder
     */
    public Builder failOn(Level level) {
      failOn = Optional.of(level);
      return this;
    }

    /**
     * Sets the default warning limit, as {@code max-warnings:} does.
     *
     * @param limit how many warnings pass
     * @return this builder
     */
    public Builder maxWarnings(int limit) {
      maxWarnings = Optional.of(limit);
      return this;
    }

    /**
     * The settings collected.
     *
     * @return the settings
     */
    public Settings build() {
      return new Settings(this);
    }

    /** Numbers as YAML gives them (whole numbers as Long, others as Double). */
    private static Object yamlValue(Object value) {
      if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
        return ((Number) value).longValue();
      }
      if (value instanceof Float f) {
        return f.doubleValue();
      }
      return value;
    }
  }
}
