package io.github.anthology.rules.builtin.naming;

import static io.github.anthology.rules.Fixtures.anthology;
import static io.github.anthology.rules.Fixtures.lint;
import static io.github.anthology.rules.Fixtures.taxonomy;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.rules.api.Finding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComponentNounRuleTest {
  private final ComponentNounRule rule = new ComponentNounRule();

  @Test
  void seedExamplesOfGoodComponentNamesPass() {
    assertThat(lint(rule, null, taxonomy("model-architecture:component", "attention-techniques:component"))).isEmpty();
  }

  @Test
  void seedExamplesOfBadComponentNamesAreReportedNamingTheGerund() {
    assertThat(lint(rule, null, taxonomy("modeling-architecture:component", "attending-techniques:component")))
        .extracting(Finding::message)
        .containsExactly(
            "component topic `modeling-architecture` uses the gerund `modeling`; name components with nouns"
                + " (as in `model-architecture`)",
            "component topic `attending-techniques` uses the gerund `attending`; name components with nouns"
                + " (as in `model-architecture`)");
  }

  @Test
  void nounsEndingInIngOnTheAllowListPass() {
    assertThat(lint(rule, null, taxonomy("deep-learning:component", "embedding-architecture:component"))).isEmpty();
  }

  @Test
  void theAllowListIsAnOption() {
    var a = anthology(null, taxonomy("routing-architecture:component", "deep-learning:component"));
    assertThat(lint(rule, a, Map.of("allow", List.of("routing")))).extracting(f -> f.span().line())
        .containsExactly(4);
  }

  @Test
  void processesAreNotComponents() {
    assertThat(lint(rule, null, taxonomy("modeling-architecture:process"))).isEmpty();
  }
}
