package io.github.anthology.rules.engine;

import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.Suggestions;
import io.github.anthology.rules.builtin.BuiltinRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** Every known rule: the built-in list, then plugins found through {@link ServiceLoader}. */
public final class RuleRegistry {
  private final Map<String, Rule> byId;

  private RuleRegistry(Map<String, Rule> byId) {
    this.byId = Collections.unmodifiableMap(byId);
  }

  /** Built-ins plus every {@link Rule} on the class path; a duplicate id is an error. */
  public static RuleRegistry load() {
    return load(Thread.currentThread().getContextClassLoader());
  }

  public static RuleRegistry load(ClassLoader loader) {
    List<Rule> rules = new ArrayList<>(BuiltinRules.all());
    for (Rule plugin : ServiceLoader.load(Rule.class, loader)) {
      if (rules.stream().noneMatch(r -> r.getClass().equals(plugin.getClass()))) {
        rules.add(plugin);
      }
    }
    return of(rules);
  }

  public static RuleRegistry of(List<Rule> rules) {
    Map<String, Rule> byId = new LinkedHashMap<>();
    for (Rule rule : rules) {
      Rule previous = byId.putIfAbsent(rule.metadata().id(), rule);
      if (previous != null) {
        throw new IllegalStateException(
            "two rules share the id " + rule.metadata().id() + ": "
                + previous.getClass().getName() + " and " + rule.getClass().getName());
      }
    }
    return new RuleRegistry(byId);
  }

  public List<Rule> rules() {
    return List.copyOf(byId.values());
  }

  public Optional<Rule> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The id of a known rule that an unknown one probably meant: a rule whose name (after the
   * category) is the given text, else the closest id, else the closest name, by spelling.
   */
  public Optional<String> suggest(String id) {
    Map<String, String> byName = new LinkedHashMap<>();
    for (String known : byId.keySet()) {
      byName.putIfAbsent(known.substring(known.indexOf('/') + 1), known);
    }
    if (byName.containsKey(id)) {
      return Optional.of(byName.get(id));
    }
    return Suggestions.closest(id, byId.keySet())
        .or(() -> Suggestions.closest(id, byName.keySet()).map(byName::get));
  }
}
