package io.github.anthology.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.anthology.io.ReadException;
import io.github.anthology.model.config.RawConfig;
import io.github.anthology.model.config.RuleSetting;
import io.github.anthology.model.source.Scalar;
import org.junit.jupiter.api.Test;

class ConfigYamlReaderTest {
  private static RawConfig read(String yaml) throws ReadException {
    return ConfigYamlReader.read(YamlDocument.parse("anthology.yaml", yaml), "/repo");
  }

  @Test
  void everyPartIsReadWithItsPosition() throws Exception {
    RawConfig c = read("""
        inputs: [research.yaml, taxonomy.yaml]
        extends: strict
        rules:
          naming/format: off
          taxonomy/overlap-merge:
            severity: warning
            options: {threshold: 0.6, members: 3, strict: true, names: [a, b]}
        overrides:
          - files: "legacy/**"
            rules: {naming/format: error}
        ignores: [drafts/**]
        baseline: baseline.json
        fail-on: warning
        max-warnings: 5
        plugins: [lib/acme-rules.jar]
        """);
    assertThat(c.inputs()).extracting(Scalar::text).containsExactly("research.yaml", "taxonomy.yaml");
    assertThat(c.presets()).extracting(Scalar::text).containsExactly("strict");
    RuleSetting format = c.rules().get(0);
    assertThat(format.id().text()).isEqualTo("naming/format");
    assertThat(format.severity().orElseThrow().text()).isEqualTo("off");
    assertThat(format.id().span().location()).isEqualTo("anthology.yaml:4:3");
    RuleSetting overlap = c.rules().get(1);
    assertThat(overlap.options()).extracting(o -> o.value().value())
        .containsExactly(0.6, 3L, true, java.util.List.of("a", "b"));
    assertThat(overlap.options().get(0).value().span().location()).isEqualTo("anthology.yaml:7:26");
    assertThat(c.overrides().get(0).files()).extracting(Scalar::text).containsExactly("legacy/**");
    assertThat(c.overrides().get(0).rules().get(0).severity().orElseThrow().text()).isEqualTo("error");
    assertThat(c.ignores()).extracting(Scalar::text).containsExactly("drafts/**");
    assertThat(c.baseline().orElseThrow().text()).isEqualTo("baseline.json");
    assertThat(c.failOn().orElseThrow().text()).isEqualTo("warning");
    assertThat(c.maxWarnings().orElseThrow().value()).isEqualTo(5L);
    assertThat(c.directory()).isEqualTo("/repo");
    assertThat(c.plugins()).extracting(Scalar::text).containsExactly("lib/acme-rules.jar");
    assertThat(c.plugins().get(0).span().location()).isEqualTo("anthology.yaml:15:11");
  }

  @Test
  void anEmptyFileIsAnEmptyConfiguration() throws Exception {
    RawConfig c = read("# nothing yet\n");
    assertThat(c.rules()).isEmpty();
    assertThat(c.file()).isEqualTo("anthology.yaml");
  }

  @Test
  void anUnknownTopLevelKeyIsAnErrorAtTheKey() {
    assertThatThrownBy(() -> read("rules: {}\nrulez: {}\n"))
        .isInstanceOf(ReadException.class)
        .hasMessageStartingWith("anthology.yaml:2:1: unknown key `rulez`");
  }

  @Test
  void anUnknownKeyUnderARuleIsAnError() {
    assertThatThrownBy(() -> read("rules:\n  naming/format:\n    level: error\n"))
        .hasMessageStartingWith("anthology.yaml:3:5: unknown key `level` for rule `naming/format`");
  }

  @Test
  void inputsMustBeText() {
    assertThatThrownBy(() -> read("inputs:\n  - {a: b}\n"))
        .hasMessage("anthology.yaml:2:5: `inputs` must be text or a list of text");
  }

  @Test
  void anOverrideNeedsFiles() {
    assertThatThrownBy(() -> read("overrides:\n  - rules: {naming/format: off}\n"))
        .hasMessageStartingWith("anthology.yaml:2:5: an `overrides` entry needs `files`");
  }

  @Test
  void aRepeatedRuleIsAnError() {
    assertThatThrownBy(() -> read("rules:\n  naming/format: off\n  naming/format: error\n"))
        .hasMessageStartingWith("anthology.yaml:3:3: key `naming/format` appears twice");
  }
}
