package io.github.anthology.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.anthology.model.config.OptionSetting;
import io.github.anthology.model.config.RawConfig;
import io.github.anthology.model.config.RuleSetting;
import io.github.anthology.model.source.Scalar;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extends:} naming a file: resolved against the file naming it, chained, merged under the extending file. */
class ConfigExtendsTest {
  @TempDir Path tmp;

  private Path write(String name, String text) throws Exception {
    Path file = tmp.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  @Test
  void theExtendingFileWinsAndListsAddUp() throws Exception {
    write("shared/base.yaml", """
        extends: strict
        inputs: [data/research.yaml]
        rules:
          naming/format: error
          taxonomy/overlap-merge: {severity: warning, options: {threshold: 0.6, members: 3}}
        ignores: [drafts/**]
        overrides: [{files: [legacy/**], rules: {naming/format: off}}]
        baseline: base-baseline.json
        fail-on: warning
        max-warnings: 3
        plugins: [lib/base.jar]
        """);
    Path config = write("reg/anthology.yaml", """
        extends: [../shared/base.yaml, all]
        rules:
          taxonomy/overlap-merge: {options: {threshold: 0.7}}
        ignores: [old/**]
        overrides: [{files: [legacy/keep.yaml], rules: {naming/format: error}}]
        fail-on: error
        plugins: [lib/own.jar]
        """);

    RawConfig c = ConfigLoader.load(config);

    String shared = tmp.resolve("shared").toString();
    assertThat(c.file()).endsWith("reg/anthology.yaml");
    assertThat(c.directory()).isEqualTo(tmp.resolve("reg").toString());
    assertThat(c.presets()).extracting(Scalar::text).containsExactly("strict", "all");
    assertThat(c.inputs()).extracting(Scalar::text).containsExactly(shared + "/data/research.yaml");
    assertThat(c.rules()).extracting(r -> r.id().text())
        .containsExactly("naming/format", "taxonomy/overlap-merge", "taxonomy/overlap-merge");
    RuleSetting own = c.rules().get(2);
    assertThat(own.severity()).isEmpty();
    assertThat(own.options()).extracting(o -> o.name().text() + "=" + o.value().value()).containsExactly("threshold=0.7");
    assertThat(c.rules().get(1).options()).extracting(OptionSetting::name).extracting(Scalar::text)
        .containsExactly("threshold", "members");
    assertThat(c.ignores()).extracting(Scalar::text).containsExactly("drafts/**", "old/**");
    assertThat(c.overrides()).extracting(o -> o.files().get(0).text()).containsExactly("legacy/**", "legacy/keep.yaml");
    assertThat(c.baseline().orElseThrow().text()).isEqualTo(shared + "/base-baseline.json");
    assertThat(c.failOn().orElseThrow().text()).isEqualTo("error");
    assertThat(c.maxWarnings().orElseThrow().value()).isEqualTo(3L);
    assertThat(c.plugins()).extracting(Scalar::text).containsExactly(shared + "/lib/base.jar", "lib/own.jar");
    assertThat(c.rules().get(0).id().span().location()).endsWith("shared/base.yaml:4:3");
  }

  @Test
  void chainsResolveEachPathAgainstTheFileThatNamesIt() throws Exception {
    write("a/b/root.yaml", "inputs: [research.yaml]\nfail-on: info\n");
    write("a/middle.yaml", "extends: b/root.yaml\nmax-warnings: 7\n");
    Path config = write("reg/anthology.yaml", "extends: ../a/middle.yaml\n");

    RawConfig c = ConfigLoader.load(config);

    assertThat(c.inputs()).extracting(Scalar::text).containsExactly(tmp.resolve("a/b/research.yaml").toString());
    assertThat(c.failOn().orElseThrow().text()).isEqualTo("info");
    assertThat(c.maxWarnings().orElseThrow().value()).isEqualTo(7L);
    assertThat(c.presets()).isEmpty();
  }

  @Test
  void theExtendingFilesInputsReplaceTheExtendedOnes() throws Exception {
    write("base.yaml", "inputs: [x.yaml]\n");
    Path config = write("anthology.yaml", "extends: ./base.yaml\ninputs: [y.yaml]\n");

    assertThat(ConfigLoader.load(config).inputs()).extracting(Scalar::text).containsExactly("y.yaml");
  }

  @Test
  void aMissingFileIsAnErrorAtItsName() throws Exception {
    Path config = write("reg/anthology.yaml", "rules: {}\nextends: [recommended, ./nowhere.yaml]\n");

    assertThatThrownBy(() -> ConfigLoader.load(config)).isInstanceOf(ReadException.class)
        .hasMessageEndingWith("anthology.yaml:2:24: `extends` names ./nowhere.yaml, which is not a file")
        .hasMessageNotContaining("\n");
  }

  @Test
  void aCycleIsAnErrorWhereItCloses() throws Exception {
    write("a.yaml", "extends: ./b.yaml\n");
    write("b.yaml", "rules: {}\nextends: a.yaml\n");
    Path config = write("anthology.yaml", "extends: a.yaml\n");

    assertThatThrownBy(() -> ConfigLoader.load(config)).isInstanceOf(ReadException.class)
        .hasMessageContaining("b.yaml:2:10: `extends` cycle: ")
        .hasMessageEndingWith("anthology.yaml extends a.yaml, which extends ./b.yaml, which extends a.yaml again");
  }

  @Test
  void aFileExtendingItselfIsACycle() throws Exception {
    Path config = write("anthology.yaml", "extends: ./anthology.yaml\n");

    assertThatThrownBy(() -> ConfigLoader.load(config)).isInstanceOf(ReadException.class)
        .hasMessageContaining("anthology.yaml:1:10: `extends` cycle");
  }

  @Test
  void aMistakeInTheExtendedFileNamesThatFile() throws Exception {
    write("base.yaml", "rules:\n  naming/format: off\nbogus: 1\n");
    Path config = write("anthology.yaml", "extends: base.yaml\n");

    assertThatThrownBy(() -> ConfigLoader.load(config)).isInstanceOf(ReadException.class)
        .hasMessageContaining("base.yaml:3:1: unknown key `bogus`");
  }

  @Test
  void presetNamesStayPresets() throws Exception {
    Path config = write("anthology.yaml", "extends: strict\n");

    assertThat(ConfigLoader.load(config).presets()).extracting(Scalar::text).containsExactly("strict");
  }
}
