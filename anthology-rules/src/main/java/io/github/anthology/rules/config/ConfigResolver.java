package io.github.anthology.rules.config;

import io.github.anthology.model.config.ConfigValue;
import io.github.anthology.model.config.OptionSetting;
import io.github.anthology.model.config.PathOverride;
import io.github.anthology.model.config.RawConfig;
import io.github.anthology.model.config.RuleSetting;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.rules.api.Option;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleMetadata;
import io.github.anthology.rules.api.Severity;
import io.github.anthology.rules.engine.RuleRegistry;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Checks a configuration against the rules that exist (ids, severities, option names and types,
 * presets) and builds the plan ({@code off}, or {@code false} as YAML 1.1 editors read it, turns a
 * rule off); the first problem is a {@link ConfigException} at its key or value.
 */
public final class ConfigResolver {
  private final RuleRegistry registry;

  public ConfigResolver(RuleRegistry registry) {
    this.registry = registry;
  }

  public Configuration resolve(RawConfig raw) {
    Path dir = Path.of(raw.directory());
    Preset preset = raw.presets().stream().map(Preset::parse).max(Enum::compareTo).orElse(Preset.RECOMMENDED);
    Map<String, RuleState> base = new LinkedHashMap<>();
    for (Rule rule : registry.rules()) {
      RuleMetadata meta = rule.metadata();
      base.put(meta.id(), new RuleState(
          preset.includes(meta) ? Optional.of(meta.defaultSeverity()) : Optional.empty(), Map.of()));
    }
    for (RuleSetting setting : raw.rules()) {
      base.compute(setting.id().text(), (id, state) -> adjustment(setting).apply(state));
    }
    List<LintPlan.Scoped> overrides = raw.overrides().stream().map(o -> scoped(dir, o)).toList();
    LintPlan plan = new LintPlan(registry.rules(), base, overrides, PathGlobs.of(dir, raw.ignores()));
    return new Configuration(plan,
        raw.inputs().stream().map(s -> dir.resolve(s.text().trim()).normalize()).toList(),
        raw.baseline().map(s -> dir.resolve(s.text().trim()).normalize()),
        raw.failOn().map(ConfigResolver::failOn),
        raw.maxWarnings().map(ConfigResolver::maxWarnings).orElse(OptionalInt.empty()));
  }

  private LintPlan.Scoped scoped(Path dir, PathOverride override) {
    Map<String, Adjustment> adjustments = new LinkedHashMap<>();
    for (RuleSetting setting : override.rules()) {
      adjustments.put(setting.id().text(), adjustment(setting));
    }
    return new LintPlan.Scoped(PathGlobs.of(dir, override.files()), adjustments);
  }

  private Adjustment adjustment(RuleSetting setting) {
    Rule rule = registry.find(setting.id().text()).orElseThrow(() -> new ConfigException(setting.id().span(),
        "unknown rule `" + setting.id().text() + "`; `anthology rules` lists the rules there are"));
    Optional<Optional<Severity>> severity = setting.severity().map(ConfigResolver::severity);
    Map<String, Object> options = new HashMap<>();
    for (OptionSetting o : setting.options()) {
      Option<?> option = rule.options().stream().filter(d -> d.name().equals(o.name().text())).findFirst()
          .orElseThrow(() -> new ConfigException(o.name().span(), unknownOption(setting.id().text(), o.name(), rule)));
      try {
        options.put(option.name(), option.parse(o.value().value()));
      } catch (IllegalArgumentException e) {
        throw new ConfigException(o.value().span(), "option `" + option.name() + "` of rule `" + setting.id().text()
            + "` " + e.getMessage());
      }
    }
    return new Adjustment(severity, options);
  }

  private static String unknownOption(String ruleId, Scalar name, Rule rule) {
    String known = rule.options().stream().map(Option::name).sorted().collect(Collectors.joining(", "));
    return "rule `" + ruleId + "` has no option `" + name.text() + "`; "
        + (known.isEmpty() ? "it takes no options" : "its options are " + known);
  }

  private static Optional<Severity> severity(Scalar text) {
    if (text.text().trim().equals("off") || text.text().trim().equals("false")) {
      return Optional.empty();
    }
    return Optional.of(Severity.parse(text.text()).orElseThrow(() -> new ConfigException(text.span(),
        "severity `" + text.text() + "` is not one of error, warning, info, off")));
  }

  private static Severity failOn(Scalar text) {
    return Severity.parse(text.text()).orElseThrow(() -> new ConfigException(text.span(),
        "`fail-on` must be error, warning or info, not `" + text.text() + "`"));
  }

  private static OptionalInt maxWarnings(ConfigValue value) {
    if (value.value() instanceof Long n && n >= 0 && n <= Integer.MAX_VALUE) {
      return OptionalInt.of(n.intValue());
    }
    throw new ConfigException(value.span(), "`max-warnings` must be a whole number, 0 or more");
  }
}
