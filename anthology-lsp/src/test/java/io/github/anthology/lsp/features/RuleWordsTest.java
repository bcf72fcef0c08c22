package io.github.anthology.lsp.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.lsp.text.LineMap;
import org.junit.jupiter.api.Test;

class RuleWordsTest {
  @Test
  void aSuppressionCommentsRuleListHoldsRuleIdsUntilItsReason() {
    String line = "    # anthology-disable-next-line naming/format, tax -- kept";
    assertThat(RuleWords.at(line, line.indexOf("tax") + 3, false)).hasValueSatisfying(w ->
        assertThat(line.substring(w[0], w[1])).isEqualTo("tax"));
    assertThat(RuleWords.at(line, line.indexOf("format") + 2, false)).hasValueSatisfying(w ->
        assertThat(line.substring(w[0], w[1])).isEqualTo("naming/format"));
    assertThat(RuleWords.at(line, line.length(), false)).isEmpty();
    assertThat(RuleWords.at("<!-- anthology-disable-file list/bare-url -- ok -->", 30, false)).isPresent();
    assertThat(RuleWords.at("    topics: [naming]", 16, false)).isEmpty();
  }

  @Test
  void inAConfigurationRuleIdsAreTheKeysUnderRules() {
    LineMap config = new LineMap("extends: strict\nrules:\n  naming/format: warning\n  tax\noverrides:\n  - files: [x]\n"
        + "    rules:\n      nam\nignores:\n  - drafts/**\n");
    assertThat(RuleWords.underRules(config, 2)).isTrue();
    assertThat(RuleWords.underRules(config, 3)).isTrue();
    assertThat(RuleWords.underRules(config, 7)).isTrue();
    assertThat(RuleWords.underRules(config, 0)).isFalse();
    assertThat(RuleWords.underRules(config, 9)).isFalse();
    assertThat(RuleWords.at("  naming/format: warning", 20, true)).isEmpty();
  }
}
