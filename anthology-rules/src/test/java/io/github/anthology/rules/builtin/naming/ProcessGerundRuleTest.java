package io.github.anthology.rules.builtin.naming;

import static io.github.anthology.rules.Fixtures.lint;
import static io.github.anthology.rules.Fixtures.taxonomy;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.rules.api.Finding;
import org.junit.jupiter.api.Test;

class ProcessGerundRuleTest {
  private final ProcessGerundRule rule = new ProcessGerundRule();

  @Test
  void seedExamplesOfGoodProcessNamesPass() {
    assertThat(lint(rule, null, taxonomy("training-optimization:process", "model-scaling:process"))).isEmpty();
  }

  @Test
  void seedExamplesOfBadProcessNamesAreReported() {
    assertThat(lint(rule, null, taxonomy("train-optimization:process", "scale-models:process")))
        .extracting(Finding::message)
        .containsExactly(
            "process topic `train-optimization` has no gerund; name the process with an -ing word"
                + " (as in `training-optimization`, `model-scaling`), or make it a component",
            "process topic `scale-models` has no gerund; name the process with an -ing word"
                + " (as in `training-optimization`, `model-scaling`), or make it a component");
  }

  @Test
  void componentsAndTopicsWithoutAKindAreNotProcesses() {
    assertThat(lint(rule, null, taxonomy("scale-models:component", "scale-models-two"))).isEmpty();
  }

  @Test
  void wordsThatMerelyEndInIngAreNotGerunds() {
    assertThat(lint(rule, null, taxonomy("string-optimization:process"))).hasSize(1);
  }

  @Test
  void deprecatedProcessesAreLeftAlone() {
    String tax = "topics:\n  - name: scale-models\n    kind: process\n    status: deprecated\n";
    assertThat(lint(rule, null, tax)).isEmpty();
  }
}
