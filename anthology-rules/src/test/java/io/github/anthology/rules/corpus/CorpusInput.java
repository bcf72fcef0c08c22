package io.github.anthology.rules.corpus;

import io.github.anthology.io.RegistryLoader;
import io.github.anthology.rules.api.Finding;
import io.github.anthology.rules.engine.ConfiguredRule;
import io.github.anthology.rules.engine.Linter;
import io.github.anthology.rules.engine.RuleRegistry;
import java.nio.file.Path;
import java.util.List;

/** One real input of the corpus, linted as the CLI lints it: every built-in rule at its defaults. */
enum CorpusInput {
  RESEARCH_YAML("anthology-of-the-sota/research.yaml", "research.yaml.expected"),
  COOKBOOK("reading-lists/EleutherAI-cookbook/README.md", "EleutherAI-cookbook.expected"),
  ANTHOLOGY_OF_MODERN_ML("reading-lists/dmarx-anthology-of-modern-ml/README.md", "dmarx-anthology-of-modern-ml.expected"),
  AWESOME("reading-lists/sindresorhus-awesome/README.md", "sindresorhus-awesome.expected"),
  AWESOME_MACHINE_LEARNING("reading-lists/josephmisiti-awesome-machine-learning/README.md",
      "josephmisiti-awesome-machine-learning.expected"),
  AWESOME_DEEP_LEARNING("reading-lists/ChristosChristofidis-awesome-deep-learning/README.md",
      "ChristosChristofidis-awesome-deep-learning.expected"),
  AWESOME_LLM("reading-lists/Hannibal046-Awesome-LLM/README.md", "Hannibal046-Awesome-LLM.expected");

  private final String data;
  private final String expected;

  CorpusInput(String data, String expected) {
    this.data = data;
    this.expected = expected;
  }

  Path path() {
    return Path.of("../testdata").resolve(data);
  }

  boolean isReadingList() {
    return data.endsWith(".md");
  }

  Reviewed reviewed() {
    return Reviewed.load(expected);
  }

  String expectedFile() {
    return expected;
  }

  List<Finding> lint() throws Exception {
    List<ConfiguredRule> rules = RuleRegistry.load().rules().stream().map(ConfiguredRule::withDefaults).toList();
    return new Linter(rules).lint(RegistryLoader.load(List.of(path())).anthology());
  }

  /** A finding's key in an expected file: {@code rule line:col pointer}. */
  static String key(Finding f) {
    return f.ruleId() + " " + f.span().line() + ":" + f.span().column() + " " + f.pointer().orElse("-");
  }
}
