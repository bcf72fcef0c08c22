package io.github.anthology.rules.engine;

import io.github.anthology.model.Anthology;
import io.github.anthology.model.source.SourceSpan;
import io.github.anthology.rules.api.Finding;
import io.github.anthology.rules.api.Fix;
import io.github.anthology.rules.api.Option;
import io.github.anthology.rules.api.RegistryIndex;
import io.github.anthology.rules.api.Related;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Consumer;

/**
 * Runs rules over one anthology; the findings come back in {@link Finding#ORDER}. The rules are
 * independent of each other (they share only the thread-safe {@link RegistryIndex}), so each runs
 * as its own task on the common fork-join pool and the cores share them; each rule reports into
 * its own list and the lists are joined in rule order, so the result is that of one thread. A rule
 * that throws is handed to the failure handler and the run goes on without it; the default handler
 * throws it on, as if the rule had run alone.
 */
public final class Linter {
  private final List<ConfiguredRule> rules;
  private final Consumer<RuleFailure> failures;

  public Linter(List<ConfiguredRule> rules) {
    this(rules, Linter::rethrow);
  }

  /** A linter that gives every rule that throws to {@code failures} (called on the rule's thread). */
  public Linter(List<ConfiguredRule> rules, Consumer<RuleFailure> failures) {
    this.rules = List.copyOf(rules);
    this.failures = failures;
  }

  public List<Finding> lint(Anthology anthology) {
    return lint(anthology, Map.of());
  }

  /** The findings, the rules seeing the files' source texts (by file name) too. */
  public List<Finding> lint(Anthology anthology, Map<String, String> texts) {
    RegistryIndex index = new RegistryIndex(anthology);
    List<List<Finding>> byRule = new ArrayList<>();
    List<ForkJoinTask<?>> tasks = new ArrayList<>();
    for (ConfiguredRule rule : rules) {
      List<Finding> sink = new ArrayList<>();
      byRule.add(sink);
      tasks.add(ForkJoinTask.adapt(() -> check(rule, new Context(anthology, index, rule, sink, texts))));
    }
    List<ForkJoinTask<?>> costliestFirst = costliestFirst(tasks);
    if (Runtime.getRuntime().availableProcessors() > 1 && tasks.size() > 1) {
      ForkJoinTask.invokeAll(costliestFirst);
    } else {
      costliestFirst.forEach(ForkJoinTask::invoke);
    }
    List<Finding> findings = new ArrayList<>();
    byRule.forEach(findings::addAll);
    findings.sort(Finding.ORDER);
    return findings;
  }

  /**
   * The tasks (one a rule, in rule order) in the order to start them: by {@link RuleInfo#cost},
   * costliest first, equal costs in rule order. The calling thread runs the first at once while
   * the pool's workers take the others, so a long rule no longer starts last and runs alone.
   */
  private List<ForkJoinTask<?>> costliestFirst(List<ForkJoinTask<?>> tasks) {
    Integer[] order = new Integer[tasks.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt((Integer i) -> -cost(rules.get(i))));
    return Arrays.stream(order).<ForkJoinTask<?>>map(tasks::get).toList();
  }

  private static int cost(ConfiguredRule rule) {
    RuleInfo info = rule.rule().getClass().getAnnotation(RuleInfo.class);
    return info == null ? 1 : info.cost();
  }

  /**
   * Runs one rule; what it throws goes to the failure handler. Errors the JVM cannot go on after
   * (out of memory, say) are not caught; a stack overflow, a missing class or a failed assertion
   * in one rule leaves the others sound.
   */
  private void check(ConfiguredRule rule, Context context) {
    try {
      rule.rule().check(context);
    } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
      failures.accept(new RuleFailure(rule.id(), rule.rule(), e));
    }
  }

  private static void rethrow(RuleFailure failure) {
    if (failure.error() instanceof RuntimeException e) {
      throw e;
    }
    throw (Error) failure.error();
  }

  private static final class Context implements RuleContext {
    private final Anthology anthology;
    private final RegistryIndex index;
    private final ConfiguredRule rule;
    private final String ruleId;
    private final List<Finding> sink;
    private final Map<String, String> texts;

    Context(Anthology anthology, RegistryIndex index, ConfiguredRule rule, List<Finding> sink, Map<String, String> texts) {
      this.texts = texts;
      this.anthology = anthology;
      this.index = index;
      this.rule = rule;
      this.ruleId = rule.id();
      this.sink = sink;
    }

    @Override
    public Anthology anthology() {
      return anthology;
    }

    @Override
    public RegistryIndex index() {
      return index;
    }

    @Override
    public java.util.Optional<String> source(String file) {
      return java.util.Optional.ofNullable(texts.get(file));
    }

    @Override
    public <T> T option(Option<T> option) {
      return rule.option(option);
    }

    @Override
    public Report at(SourceSpan span, String message) {
      var builder = Finding.builder().ruleId(ruleId).severity(rule.severity()).span(span).message(message);
      return new Report() {
        @Override
        public Report related(SourceSpan other, String note) {
          builder.addRelated(new Related(other, note));
          return this;
        }

        @Override
        public Report pointer(String pointer) {
          builder.pointer(pointer);
          return this;
        }

        @Override
        public Report fix(Fix fix) {
          builder.addFixes(fix);
          return this;
        }

        @Override
        public void report() {
          sink.add(builder.build());
        }
      };
    }
  }
}
