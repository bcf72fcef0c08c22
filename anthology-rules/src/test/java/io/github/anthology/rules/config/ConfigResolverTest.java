package io.github.anthology.rules.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.anthology.io.yaml.ConfigYamlReader;
import io.github.anthology.io.yaml.YamlDocument;
import io.github.anthology.model.Anthology;
import io.github.anthology.rules.api.Finding;
import io.github.anthology.rules.api.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigResolverTest {
  private static final Path DIR = Path.of("/repo");
  private static final Anthology TWO_FILES =
      Anthology.builder().addSources("/repo/research.yaml", "/repo/legacy/old.yaml").build();

  static Configuration resolve(String yaml) throws Exception {
    return new ConfigResolver(TestRules.registry())
        .resolve(ConfigYamlReader.read(YamlDocument.parse("anthology.yaml", yaml), DIR.toString()));
  }

  static List<String> lint(String yaml) throws Exception {
    return resolve(yaml).plan().lint(TWO_FILES).stream()
        .map(f -> f.span().file() + " " + f.ruleId() + " " + f.severity().label() + " " + f.message()).toList();
  }

  @Test
  void withoutConfigurationTheRecommendedRulesRunWithDefaults() throws Exception {
    assertThat(lint("")).containsExactly(
        "/repo/legacy/old.yaml test/per-file warning level 1 ratio 0.5 names []",
        "/repo/research.yaml test/per-file warning level 1 ratio 0.5 names []");
  }

  @Test
  void strictPresetAddsStrictRulesAndAllAddsTheRest() throws Exception {
    assertThat(lint("extends: strict")).extracting(s -> s.split(" ")[1]).containsOnly("test/per-file", "test/strict-only");
    assertThat(lint("extends: [recommended, all]")).extracting(s -> s.split(" ")[1])
        .containsOnly("test/per-file", "test/strict-only", "test/everything");
  }

  @Test
  void severityAndOptionsReachTheRule() throws Exception {
    assertThat(lint("""
        rules:
          test/per-file: {severity: error, options: {level: 7, ratio: 1, names: [x]}}
          test/everything: info
        """)).contains(
        "/repo/research.yaml test/per-file error level 7 ratio 1.0 names [x]",
        "/repo/research.yaml test/everything info all");
  }

  @Test
  void offTurnsARuleOff() throws Exception {
    assertThat(lint("rules: {test/per-file: off}")).isEmpty();
    assertThat(lint("rules: {test/per-file: false}")).isEmpty();
  }

  @Test
  void overridesApplyOnlyToMatchingFiles() throws Exception {
    assertThat(lint("""
        overrides:
          - files: ["legacy/**"]
            rules:
              test/per-file: {severity: info, options: {level: 3}}
              test/strict-only: error
        """)).containsExactly(
        "/repo/legacy/old.yaml test/per-file info level 3 ratio 0.5 names []",
        "/repo/legacy/old.yaml test/strict-only error strict",
        "/repo/research.yaml test/per-file warning level 1 ratio 0.5 names []");
  }

  @Test
  void laterOverridesWinAndAGlobWithoutSlashMatchesTheFileName() throws Exception {
    assertThat(lint("""
        overrides:
          - files: "**/*.yaml"
            rules: {test/per-file: off}
          - files: research.yaml
            rules: {test/per-file: error}
        """)).containsExactly("/repo/research.yaml test/per-file error level 1 ratio 0.5 names []");
  }

  @Test
  void ignoredFilesReportNothing() throws Exception {
    for (String glob : List.of("legacy/", "legacy/**", "old.yaml", "**/old.yaml")) {
      assertThat(lint("ignores: ['" + glob + "']"))
          .containsExactly("/repo/research.yaml test/per-file warning level 1 ratio 0.5 names []");
    }
    assertThat(lint("ignores: [elsewhere/**]")).hasSize(2);
  }

  @Test
  void runSettingsAreResolved() throws Exception {
    Configuration c = resolve("inputs: [data/research.yaml]\nbaseline: b.json\nfail-on: warning\nmax-warnings: 4\n");
    assertThat(c.inputs()).containsExactly(Path.of("/repo/data/research.yaml"));
    assertThat(c.baseline()).contains(Path.of("/repo/b.json"));
    assertThat(c.failOn()).contains(Severity.WARNING);
    assertThat(c.maxWarnings()).hasValue(4);
  }

  @Test
  void anUnknownRuleIsAnErrorAtItsKey() {
    assertThatThrownBy(() -> resolve("rules:\n  test/nope: error\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("anthology.yaml:2:3: unknown rule `test/nope`");
  }

  @Test
  void anUnknownRuleInAnOverrideIsAnErrorToo() {
    assertThatThrownBy(() -> resolve("overrides:\n  - files: x\n    rules: {test/nope: off}\n"))
        .hasMessageStartingWith("anthology.yaml:3:13: unknown rule `test/nope`");
  }

  @Test
  void anUnknownOptionNamesTheRuleAndItsOptions() {
    assertThatThrownBy(() -> resolve("rules:\n  test/per-file:\n    options:\n      levle: 3\n"))
        .hasMessage("anthology.yaml:4:7: rule `test/per-file` has no option `levle`; its options are level, names, ratio");
    assertThatThrownBy(() -> resolve("rules:\n  test/strict-only: {options: {x: 1}}\n"))
        .hasMessageEndingWith("has no option `x`; it takes no options");
  }

  @Test
  void anOptionOfTheWrongTypeIsAnErrorAtTheValue() {
    assertThatThrownBy(() -> resolve("rules:\n  test/per-file:\n    options: {ratio: high}\n"))
        .hasMessage("anthology.yaml:3:22: option `ratio` of rule `test/per-file` must be a number");
    assertThatThrownBy(() -> resolve("rules:\n  test/per-file: {options: {level: 11}}\n"))
        .hasMessageContaining("must be between 0 and 10");
    assertThatThrownBy(() -> resolve("rules:\n  test/per-file: {options: {names: [1, 2]}}\n"))
        .hasMessageContaining("`names` of rule `test/per-file` must be a list of strings");
  }

  @Test
  void aBadSeverityOrPresetIsAnErrorAtTheValue() {
    assertThatThrownBy(() -> resolve("rules:\n  test/per-file: fatal\n"))
        .hasMessage("anthology.yaml:2:18: severity `fatal` is not one of error, warning, info, off");
    assertThatThrownBy(() -> resolve("extends: [recommended, paranoid]\n"))
        .hasMessage("anthology.yaml:1:24: unknown preset `paranoid` in `extends`; use one of recommended, strict, all, or a file such as ./base.yaml");
    assertThatThrownBy(() -> resolve("fail-on: never\n")).hasMessageStartingWith("anthology.yaml:1:10: `fail-on` must be");
    assertThatThrownBy(() -> resolve("max-warnings: -1\n")).hasMessageStartingWith("anthology.yaml:1:15: `max-warnings`");
  }

  @Test
  void aBadGlobIsAnError() {
    assertThatThrownBy(() -> resolve("ignores: ['a[b']\n")).hasMessageStartingWith("anthology.yaml:1:11: bad glob");
  }

  @Test
  void findingsComeBackInReportOrder() throws Exception {
    List<Finding> findings = resolve("extends: all").plan().lint(TWO_FILES);
    assertThat(findings).isSortedAccordingTo(Finding.ORDER);
  }
}
