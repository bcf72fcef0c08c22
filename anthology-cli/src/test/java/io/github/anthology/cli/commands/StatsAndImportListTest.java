package io.github.anthology.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsAndImportListTest {
  static final String RESEARCH = "../testdata/anthology-of-the-sota/research.yaml";
  static final String COOKBOOK = "../testdata/reading-lists/cookbook.md";

  @TempDir Path tmp;

  @Test
  void statsCountsTheRealRegistry() {
    CliRun r = CliRun.of("stats", RESEARCH);
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("papers                  119\n");
    assertThat(r.out()).contains("\ntopic ").contains("MoE");
    assertThat(CliRun.of("stats", RESEARCH).out()).isEqualTo(r.out());
  }

  @Test
  void statsAsJson() {
    CliRun r = CliRun.of("stats", "--format", "json", RESEARCH);
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("{\n  \"papers\" : 119,");
  }

  @Test
  void anUnknownStatsFormatIsAUsageError() {
    CliRun r = CliRun.of("stats", "--format", "xml", RESEARCH);
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("unknown format `xml`; use text or json");
  }

  @Test
  void importListPrintsResourcesYaml() {
    CliRun r = CliRun.of("import-list", COOKBOOK);
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("source: ../testdata/reading-lists/cookbook.md\nresources:\n- title: calc\n  url: ./calc/\n");
    assertThat(r.out()).contains("""
        - title: Cerebras Model Lab
          url: https://www.cerebras.net/model-lab/
          description: User-friendly tool to apply Chinchilla scaling laws.
          section:
          - The Cookbook
          - Utilities
          - Calculations
        """);
  }

  @Test
  void importListWritesTheSameBytesToAFileEveryTime() throws Exception {
    Path out = tmp.resolve("resources.yaml");
    assertThat(CliRun.of("import-list", COOKBOOK, "--output", out.toString()).exitCode()).isZero();
    String first = Files.readString(out);
    assertThat(CliRun.of("import-list", COOKBOOK, "--output", out.toString()).exitCode()).isZero();
    assertThat(Files.readString(out)).isEqualTo(first).contains("url: https://github.com/karpathy/minGPT");
  }

  @Test
  void lintingAReadingListReportsItsDefects() {
    CliRun r = CliRun.of("lint", "../testdata/reading-lists/resources.md");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("list/duplicate-link").contains("list/bare-url")
        .contains("https://twitter.com/AnthropicAI");
  }

  @Test
  void anHtmlCommentSuppressesAReadingListFinding() throws Exception {
    Path list = Files.writeString(tmp.resolve("list.md"), "# Repos\n\n"
        + "<!-- anthology-disable-next-line list/bare-url -- the upstream README writes it so -->\n"
        + "- https://github.com/karpathy/minGPT\n- https://github.com/karpathy/nanoGPT\n");
    CliRun r = CliRun.of("lint", list.toString());
    assertThat(r.out()).doesNotContain("minGPT").contains("nanoGPT").doesNotContain("suppression/");
  }

  @Test
  void aMissingListIsExitTwo() {
    CliRun r = CliRun.of("import-list", tmp.resolve("nope.md").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("nope.md: no such file or directory");
  }
}
