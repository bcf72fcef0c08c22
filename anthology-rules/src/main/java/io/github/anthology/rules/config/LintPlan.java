package io.github.anthology.rules.config;

import io.github.anthology.model.Anthology;
import io.github.anthology.rules.api.Finding;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.Severity;
import io.github.anthology.rules.engine.ConfiguredRule;
import io.github.anthology.rules.engine.Linter;
import io.github.anthology.rules.engine.RuleFailure;
import io.github.anthology.rules.suppression.Suppressions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Which rules run on which file, how severe and with which options. Rules see the whole registry,
 * so a file whose overrides change a rule gets that rule's findings from a run with its own
 * settings: files are grouped by their effective rule set and each group is linted once.
 */
public final class LintPlan {
  /** An {@code overrides} entry: globs and what they change, rule by rule. */
  record Scoped(PathGlobs files, Map<String, Adjustment> adjustments) {}

  private final List<Rule> rules;
  private final Map<String, RuleState> base;
  private final List<Scoped> overrides;
  private final PathGlobs ignores;

  LintPlan(List<Rule> rules, Map<String, RuleState> base, List<Scoped> overrides, PathGlobs ignores) {
    this.rules = List.copyOf(rules);
    this.base = Map.copyOf(base);
    this.overrides = List.copyOf(overrides);
    this.ignores = ignores;
  }

  /** The rule as it applies to a file, or empty when it is off there. */
  public Optional<ConfiguredRule> configured(String ruleId, String file) {
    RuleState state = base.get(ruleId);
    if (state == null) {
      return Optional.empty();
    }
    for (Scoped o : overrides) {
      Adjustment adjustment = o.adjustments().get(ruleId);
      if (adjustment != null && o.files().matches(file)) {
        state = adjustment.apply(state);
      }
    }
    Rule rule = rules.stream().filter(r -> r.metadata().id().equals(ruleId)).findFirst().orElseThrow();
    RuleState effective = state;
    return effective.severity().map(s -> new ConfiguredRule(rule, s, effective.options()));
  }

  /** The rules that run for a file, in registry order; {@code ""} names no file (the defaults). */
  public List<ConfiguredRule> rulesFor(String file) {
    List<ConfiguredRule> out = new ArrayList<>();
    for (Rule rule : rules) {
      configured(rule.metadata().id(), file).ifPresent(out::add);
    }
    return out;
  }

  /** Whether findings in the file are dropped ({@code ignores}). */
  public boolean ignored(String file) {
    return ignores.matches(file);
  }

  /** The rule's severity in a file, empty when it is off there. */
  public Optional<Severity> severity(String ruleId, String file) {
    return configured(ruleId, file).map(ConfiguredRule::severity);
  }

  /** {@link #lint(Anthology, Map)} without source texts, so without inline suppression. */
  public List<Finding> lint(Anthology anthology) {
    return lint(anthology, Map.of());
  }

  /**
   * Every finding of the rules as configured per file, less those inline comments suppress (with
   * findings about the comments themselves), ignored files left out, in {@link Finding#ORDER}.
   *
   * @param texts the source text of each file, by the name its findings use
   */
  public List<Finding> lint(Anthology anthology, Map<String, String> texts) {
    return lint(anthology, texts, null);
  }

  /**
   * {@link #lint(Anthology, Map)}, with every rule that throws given to {@code failures} instead of
   * ending the run (a rule that runs in several override groups may fail once in each).
   *
   * @param failures where failing rules go, or null to let the first failure end the run
   */
  public List<Finding> lint(Anthology anthology, Map<String, String> texts, Consumer<RuleFailure> failures) {
    List<ConfiguredRule> defaults = rulesFor("");
    Map<List<ConfiguredRule>, Set<String>> groups = new LinkedHashMap<>();
    for (String file : anthology.sources()) {
      List<ConfiguredRule> own = rulesFor(file);
      if (!own.equals(defaults)) {
        groups.computeIfAbsent(own, k -> new HashSet<>()).add(file);
      }
    }
    Set<String> special = new HashSet<>();
    groups.values().forEach(special::addAll);
    List<Finding> out = new ArrayList<>();
    for (Finding f : linter(defaults, failures).lint(anthology, texts)) {
      if (!special.contains(f.span().file())) {
        out.add(f);
      }
    }
    for (Map.Entry<List<ConfiguredRule>, Set<String>> group : groups.entrySet()) {
      for (Finding f : linter(group.getKey(), failures).lint(anthology, texts)) {
        if (group.getValue().contains(f.span().file())) {
          out.add(f);
        }
      }
    }
    List<Finding> kept = new ArrayList<>(Suppressions.apply(out, texts, this::severity));
    kept.removeIf(f -> ignored(f.span().file()));
    return kept;
  }

  private static Linter linter(List<ConfiguredRule> rules, Consumer<RuleFailure> failures) {
    return failures == null ? new Linter(rules) : new Linter(rules, failures);
  }
}
