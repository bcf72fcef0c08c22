package io.github.anthology.render.site;

import io.github.anthology.model.Anthology;
import io.github.anthology.rules.api.Finding;
import io.github.anthology.rules.api.Pointers;
import io.github.anthology.rules.builtin.taxonomy.OverlapMergeRule;
import io.github.anthology.rules.config.LintPlan;
import io.github.anthology.rules.engine.ConfiguredRule;
import io.github.anthology.rules.engine.Linter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The merges the {@code taxonomy/overlap-merge} rule suggests, read from its findings. */
public final class MergeSuggestions {
  public static final String RULE_ID = "taxonomy/overlap-merge";

  private MergeSuggestions() {}

  /** Runs the overlap rule with its default options. */
  public static List<Finding> lint(Anthology anthology) {
    return new Linter(List.of(ConfiguredRule.withDefaults(new OverlapMergeRule()))).lint(anthology);
  }

  /** Runs the overlap rule as the configuration sets it (threshold, severity); none when it is off. */
  public static List<Finding> lint(Anthology anthology, LintPlan plan) {
    return plan.configured(RULE_ID, "").map(rule -> new Linter(List.of(rule)).lint(anthology)).orElse(List.of());
  }

  /**
   * The pairs named by overlap findings, whose pointer is {@code topic:A+B}; a pair is recognised
   * only when both names are known topics, so a {@code +} inside a name cannot confuse it.
   */
  public static List<Merge> from(List<Finding> findings, Collection<String> topics) {
    List<Merge> merges = new ArrayList<>();
    String prefix = Pointers.topic("");
    for (Finding f : findings) {
      String pointer = f.pointer().orElse("");
      if (!f.ruleId().equals(RULE_ID) || !pointer.startsWith(prefix)) {
        continue;
      }
      String pair = pointer.substring(prefix.length());
      for (int i = pair.indexOf('+'); i >= 0; i = pair.indexOf('+', i + 1)) {
        String a = pair.substring(0, i);
        String b = pair.substring(i + 1);
        if (topics.contains(a) && topics.contains(b)) {
          merges.add(new Merge(a, b, f.message()));
          break;
        }
      }
    }
    return merges;
  }
}
