package io.github.anthology.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No option that names an output may overwrite an input: exit 2, one line, nothing written. */
class OutputsThatAreInputsTest extends WithExampleRegistry {
  private void refused(CliRun run, Path... unchanged) {
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("nothing was written").doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void lintOutputOrBaselineOverAnInputIsRefused() throws IOException {
    String r = Files.readString(research);
    String t = Files.readString(taxonomy);
    for (List<String> args : List.of(
        List.of("lint", research.toString(), "--output", research.toString()),
        List.of("lint", research.toString(), "--output", taxonomy.toString()),
        List.of("lint", dir.toString(), "--output", taxonomy.toString()),
        List.of("lint", research.toString(), "--write-baseline", research.toString()),
        List.of("lint", dir.toString(), "--fix", "--output", research.toString()))) {
      refused(CliRun.of(args.toArray(String[]::new)));
      assertThat(research).hasContent(r.stripTrailing());
      assertThat(taxonomy).hasContent(t.stripTrailing());
    }
  }

  @Test
  void importListOverItsOwnListIsRefused() throws IOException {
    Path list = Files.writeString(dir.resolve("list.md"), "# List\n\n- [A](https://a.example) x\n");
    refused(CliRun.of("import-list", list.toString(), "--output", list.toString()));
    assertThat(list).hasContent("# List\n\n- [A](https://a.example) x");
  }

  @Test
  void buildOverAnInputExportOrAtAFileIsRefused() throws IOException {
    CliRun export = CliRun.of("build", dir.toString(), "--out", dir.resolve("out").toString());
    assertThat(export.exitCode()).isZero();
    Path registry = dir.resolve("out/registry.yaml");
    String before = Files.readString(registry);
    refused(CliRun.of("build", registry.toString(), "--out", dir.resolve("out").toString()));
    assertThat(registry).hasContent(before.stripTrailing());
    CliRun atAFile = CliRun.of("build", dir.toString(), "--out", research.toString());
    refused(atAFile);
    assertThat(atAFile.err()).contains("must name a directory");
  }

  @Test
  void diffOutputOverEitherSideIsRefused() throws IOException {
    String r = Files.readString(research);
    Path old = Files.writeString(dir.resolve("old.yaml"), r);
    refused(CliRun.of("diff", old.toString(), research.toString(), "--output", research.toString()));
    refused(CliRun.of("diff", old.toString(), dir.toString(), "--output", taxonomy.toString()));
    refused(CliRun.of("diff", old.toString(), research.toString(), "--output", old.toString()));
    assertThat(research).hasContent(r.stripTrailing());
    assertThat(old).hasContent(r.stripTrailing());
  }
}
