package io.github.anthology.rules.config;

import io.github.anthology.model.source.Scalar;
import io.github.anthology.rules.api.RuleMetadata;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The rule sets {@code extends} names, each a superset of the one before: {@code recommended},
 * then {@code strict}, then {@code all}. A rule belongs to the smallest preset its metadata names.
 */
public enum Preset {
  RECOMMENDED,
  STRICT,
  ALL;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether this preset enables the rule. A rule naming an unknown preset is only in {@code all}. */
  public boolean includes(RuleMetadata rule) {
    Preset own = Arrays.stream(values()).filter(p -> p.label().equals(rule.preset())).findFirst().orElse(ALL);
    return own.ordinal() <= ordinal();
  }

  static Preset parse(Scalar name) {
    for (Preset p : values()) {
      if (p.label().equals(name.text().trim())) {
        return p;
      }
    }
    throw new ConfigException(name.span(), "unknown preset `" + name.text() + "` in `extends`; use one of "
        + Arrays.stream(values()).map(Preset::label).collect(Collectors.joining(", "))
        + ", or a file such as ./base.yaml");
  }
}
