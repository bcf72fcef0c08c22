package io.github.anthology.cli.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --quiet, --print-config, --color, standard input and globs, as ESLint and markdownlint-cli2 have them. */
class LintConventionsTest {
  static final Path EXAMPLE = Path.of("../examples/sota");
  static final String BAD_TOPIC = "  - name: Bad_Name\n    kind: process\n    summary: A topic named against the convention\n";

  @TempDir Path tmp;

  /** A copy of the example with one badly named topic (an error) besides its warning and info. */
  private Path registry(Path dir) throws Exception {
    Files.createDirectories(dir);
    Files.copy(EXAMPLE.resolve("research.yaml"), dir.resolve("research.yaml"));
    Files.writeString(dir.resolve("taxonomy.yaml"), Files.readString(EXAMPLE.resolve("taxonomy.yaml")) + BAD_TOPIC);
    return dir;
  }

  @Test
  void quietReportsErrorsOnlyAndKeepsTheExitCode() throws Exception {
    Path reg = registry(tmp.resolve("reg"));
    CliRun all = CliRun.of("lint", reg.toString());
    CliRun quiet = CliRun.of("lint", "--quiet", reg.toString());
    assertThat(all.out()).contains(" warning ").contains(" error naming/format");
    assertThat(quiet.out()).contains(" error naming/format").doesNotContain(" warning ").doesNotContain(" info ");
    assertThat(quiet.exitCode()).isEqualTo(all.exitCode()).isEqualTo(1);
  }

  @Test
  void printConfigShowsTheEffectiveSettingsOfAFileAsYaml() throws Exception {
    Path reg = registry(tmp.resolve("reg"));
    Files.writeString(reg.resolve("anthology.yaml"), "rules:\n  naming/format: warning\n"
        + "overrides:\n  - files: [taxonomy.yaml]\n    rules:\n      taxonomy/overlap-merge:\n"
        + "        severity: error\n        options: {threshold: 0.7}\nignores: [drafts/**]\nfail-on: warning\n");
    CliRun r = CliRun.of("lint", "--print-config", reg.resolve("taxonomy.yaml").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("configuration: " + reg.resolve("anthology.yaml"))
        .contains("ignored: false").contains("fail-on: warning")
        .contains("  naming/format: warning\n")
        .contains("  taxonomy/overlap-merge:\n    severity: error\n    options:\n").contains("      threshold: 0.7\n")
        .contains("  naming/component-noun:\n    severity: warning\n    options:\n      allow:\n      - learning\n");
    String research = CliRun.of("lint", "--print-config", reg.resolve("research.yaml").toString()).out();
    assertThat(research).contains("file: " + reg.resolve("research.yaml")).doesNotContain("measure: overlap-beyond-chance\n      threshold: 0.7")
        .doesNotContain("overlap-merge:\n    severity: error");
  }

  @Test
  void colourIsForcedOrRefusedByTheOption() throws Exception {
    Path reg = registry(tmp.resolve("reg"));
    assertThat(CliRun.of("lint", "--color=always", reg.toString()).out()).contains("\u001b[");
    assertThat(CliRun.of("lint", "--color=never", reg.toString()).out()).doesNotContain("\u001b[");
    assertThat(CliRun.of("lint", "--color=sometimes", reg.toString()).exitCode()).isEqualTo(2);
  }

  @Test
  void standardInputIsLintedAsTheFileItNamesWithTheRegistryBesideIt() throws Exception {
    Path reg = registry(tmp.resolve("reg"));
    String edited = Files.readString(EXAMPLE.resolve("research.yaml")).replaceFirst("    topics:\n", "    topics:\n      - Bad_Tag\n");
    String name = reg.resolve("research.yaml").toString();
    CliRun r = CliRun.withInput(edited, "lint", "-", "--stdin-filename", name);
    // paths are shown as the run displays files (relative to the working directory when that is shorter)
    assertThat(r.out()).contains("reg/research.yaml:12:9: error taxonomy/unknown-topic topic `Bad_Tag`")
        .contains("reg/taxonomy.yaml:"); // the taxonomy beside it was read too
    assertThat(Files.readString(reg.resolve("research.yaml"))).doesNotContain("Bad_Tag");
  }

  @Test
  void standardInputWithoutANameIsReadAlone() throws Exception {
    CliRun r = CliRun.withInput(Files.readString(EXAMPLE.resolve("taxonomy.yaml")) + BAD_TOPIC, "lint", "-");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).contains("<stdin>:").contains("Bad_Name");
    assertThat(CliRun.of("lint", "--stdin-filename", "x.yaml", EXAMPLE.toString()).exitCode()).isEqualTo(2);
  }

  @Test
  void aGlobPathReadsTheFilesItMatchesLeavingIgnoredAndHiddenOnesUnread() throws Exception {
    Path reg = registry(tmp.resolve("reg"));
    Path drafts = Files.createDirectories(reg.resolve("drafts/2026"));
    Files.writeString(drafts.resolve("research.yaml"), "not: [valid yaml");
    Files.createDirectories(reg.resolve(".cache"));
    Files.writeString(reg.resolve(".cache/research.yaml"), "not: [valid yaml");
    Files.writeString(reg.resolve("anthology.yaml"), "ignores: [drafts/**]\n");
    String glob = reg + "/**.yaml";
    CliRun r = CliRun.of("lint", glob);
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains(reg.resolve("taxonomy.yaml") + ":").doesNotContain("drafts").doesNotContain(".cache");
    assertThat(r.exitCode()).isEqualTo(1);
  }

  @Test
  void aGlobThatMatchesNothingIsAUsageError() {
    CliRun r = CliRun.of("lint", "nowhere/**/research.yaml");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("no file matches this glob");
  }
}
