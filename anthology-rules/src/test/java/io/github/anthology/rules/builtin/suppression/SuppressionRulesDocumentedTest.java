package io.github.anthology.rules.builtin.suppression;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleMetadata;
import io.github.anthology.rules.builtin.BuiltinRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionRulesDocumentedTest {
  private static final List<Rule> RULES = List.of(new MissingReasonRule(), new UnusedSuppressionRule());

  @Test
  void bothRulesAreBuiltIn() {
    assertThat(BuiltinRules.all()).extracting(r -> r.metadata().id()).contains(MissingReasonRule.ID, UnusedSuppressionRule.ID);
  }

  @Test
  void eachHasAPageThatMatchesItsMetadata() throws Exception {
    for (Rule rule : RULES) {
      RuleMetadata meta = rule.metadata();
      String page = Files.readString(Path.of("../docs", meta.docPath()));
      assertThat(page).startsWith("# " + meta.id() + "\n").contains(meta.summary())
          .contains("- Default severity: " + meta.defaultSeverity().label())
          .contains("## Bad").contains("## Good");
    }
  }
}
