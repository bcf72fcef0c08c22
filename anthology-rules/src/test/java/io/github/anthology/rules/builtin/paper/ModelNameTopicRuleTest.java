package io.github.anthology.rules.builtin.paper;

import static io.github.anthology.rules.Fixtures.lines;
import static io.github.anthology.rules.Fixtures.lint;
import static io.github.anthology.rules.Fixtures.research;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelNameTopicRuleTest {
  private static final String PAPER = """
      2019:
        - title: T
          topics: [optimization, llama2, adam]
          models: [llama2]
          sota:
            - text: Do it
              topic: GPT-4
      """;

  @Test
  void modelNamesUsedAsTopicsAreReported() {
    assertThat(lines(lint(new ModelNameTopicRule(), research(PAPER)))).containsExactly(
        "3:28 topic `llama2` is a model name, not a subject; list it under `models` and tag the paper"
            + " with what it is about",
        "7:16 topic `GPT-4` is a model name, not a subject; list it under `models` and tag the paper"
            + " with what it is about");
  }

  @Test
  void modelsListedUnderModelsAreFine() {
    assertThat(lint(new ModelNameTopicRule(), research(PAPER.replace(", llama2", "").replace("GPT-4", "x"))))
        .isEmpty();
  }

  @Test
  void patternsAreAnOption() {
    assertThat(lint(new ModelNameTopicRule(), research(PAPER), Map.of("patterns", List.of("adam"))))
        .singleElement().satisfies(f -> assertThat(f.message()).contains("`adam`"));
  }
}
