package io.github.anthology.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.cli.CliRun;
import org.junit.jupiter.api.Test;

class RulesAndExplainCommandTest {
  @Test
  void rulesListsTheCatalogue() {
    CliRun run = CliRun.of("rules");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("RULE").contains("registry/near-duplicate").contains("paper/unquoted-arxiv-id");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void explainPrintsTheRulesPage() {
    CliRun run = CliRun.of("explain", "paper/unquoted-arxiv-id");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("# paper/unquoted-arxiv-id\n").contains("## Bad").contains("## Good");
  }

  @Test
  void unknownRuleIsAUsageErrorWithDidYouMean() {
    CliRun run = CliRun.of("explain", "naming/formt");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("unknown rule `naming/formt`; did you mean `naming/format`?");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void ruleNameWithoutCategoryIsSuggestedWithIt() {
    assertThat(CliRun.of("explain", "near-duplicate").err()).contains("did you mean `registry/near-duplicate`?");
  }

  @Test
  void misspeltNameWithoutCategoryIsSuggestedToo() {
    assertThat(CliRun.of("explain", "formt").err()).contains("did you mean `naming/format`?");
  }
}
