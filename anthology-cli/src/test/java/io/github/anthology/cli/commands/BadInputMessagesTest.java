package io.github.anthology.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every command given bad input or a bad option: exit code 2 and one plain message, never a
 * stack trace, an internal error or a Java class name (the audit of every exit-2 path).
 */
class BadInputMessagesTest extends WithExampleRegistry {
  private static final String CLASS_NAME = "(?s).*(\\b[a-z]+\\.[a-z]+\\.[A-Za-z.]*[A-Z]\\w*(Exception|Error)\\b"
      + "|Exception|StreamReadConstraints|StreamReadFeature|internal error|\\tat ).*";

  private CliRun refused(String... args) {
    CliRun run = CliRun.of(args);
    assertThat(run.exitCode()).as(String.join(" ", args) + ": " + run.err()).isEqualTo(2);
    assertThat(run.err()).as(String.join(" ", args)).isNotBlank().doesNotMatch(CLASS_NAME);
    assertThat(run.out()).as(String.join(" ", args)).doesNotMatch(CLASS_NAME);
    return run;
  }

  @Test
  void optionValuesAreRefusedInPlainWords() {
    assertThat(refused("lint", dir.toString(), "--fail-on", "nope").err())
        .startsWith("anthology: Invalid value for option '--fail-on': unknown severity `nope`; use error, warning or info");
    assertThat(refused("ids", dir.toString(), "--numbering", "nope").err())
        .startsWith("anthology: Invalid value for option '--numbering': unknown numbering `nope`");
  }

  @Test
  void aPortOutOfRangeIsRefusedBeforeAnythingIsBuilt() {
    for (String port : List.of("-1", "65536", "99999", "http")) {
      Path out = dir.resolve("site-" + port);
      assertThat(refused("serve", dir.toString(), "--port", port, "--out", out.toString()).err())
          .contains("is not a port; give 0 (any free port) to 65535");
      assertThat(out).doesNotExist();
    }
  }

  @Test
  void aTruncatedBaselineNamesItsPlaceWithoutTheParsersWords() throws IOException {
    Path baseline = Files.writeString(dir.resolve("baseline.json"), "{\"entries\": [");
    assertThat(refused("lint", dir.toString(), "--baseline", baseline.toString()).err())
        .startsWith(baseline + ":1:14: malformed baseline JSON").doesNotContain("Source:");
  }

  @Test
  void idsOnAJsonlExportIsNoCrash() throws IOException {
    Path jsonl = Files.writeString(dir.resolve("registry.jsonl"),
        "{\"recommendation\": \"Clip gradients\", \"topic\": \"training-optimization\"}\n");
    CliRun run = CliRun.of("ids", jsonl.toString(), "--write");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1); // ids belong in the research.yaml it was exported from
    assertThat(run.err()).contains("ids are not written into an exported registry").doesNotMatch(CLASS_NAME);
  }

  @Test
  void everyCommandRefusesAMissingOrBrokenRegistryPlainly() throws IOException {
    Path broken = Files.createDirectories(dir.resolve("broken"));
    Files.writeString(broken.resolve("research.yaml"), "2020:\n  - title: [unclosed\n");
    for (String registry : List.of(dir.resolve("missing").toString(), broken.toString())) {
      refused("lint", registry);
      refused("lint", "--fix", registry);
      refused("ids", registry);
      refused("migrate", registry);
      refused("stats", registry);
      refused("build", registry, "--out", dir.resolve("out").toString());
      refused("topic", "rename", "-r", registry, "a", "b");
      refused("diff", "--since", registry, dir.toString());
      refused("papers", "refresh", registry);
    }
    refused("import-list", dir.resolve("missing.md").toString());
    refused("lint", "/dev/null");
  }
}
