package io.github.anthology.cli.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.anthology.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code anthology diff} between two directories: its three forms, its output file and its errors. */
class DiffCommandTest {
  private static final String OLD_TEXT = "Start from Adam-family optimizers with default betas before tuning";
  private static final String NEW_TEXT = "Start from Adam-family optimizers with their default betas";
  @TempDir Path tmp;
  private Path before;
  private Path after;

  @BeforeEach
  void versions() throws Exception {
    before = Files.createDirectories(tmp.resolve("before"));
    after = Files.createDirectories(tmp.resolve("after"));
    for (String f : new String[] {"research.yaml", "taxonomy.yaml"}) {
      Files.copy(Path.of("../examples/sota").resolve(f), before.resolve(f));
      Files.writeString(after.resolve(f), Files.readString(before.resolve(f)).replace(OLD_TEXT, NEW_TEXT));
    }
  }

  @Test
  void aRewordingIsOneChangedRecommendationInText() {
    CliRun run = CliRun.of("diff", before.toString(), after.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Recommendations: 0 added, 0 removed, 1 changed")
        .contains("reworded: \"" + OLD_TEXT + "\" → \"" + NEW_TEXT + "\"");
  }

  @Test
  void theSameVersionTwiceHasNoChanges() {
    assertThat(CliRun.of("diff", before.toString(), before.toString()).out()).isEqualTo("No changes.\n");
  }

  @Test
  void markdownIsAChangelogSection() {
    String md = CliRun.of("diff", before.toString(), after.toString(), "--format", "markdown").out();
    assertThat(md).startsWith("## Changes from ").contains("### Recommendations (0 added, 0 removed, 1 changed)")
        .contains("*reworded*");
  }

  @Test
  void jsonFollowsThePublishedSchemaAndGoesToTheOutputFile() throws Exception {
    Path out = tmp.resolve("diff.json");
    CliRun run = CliRun.of("diff", before.toString(), after.toString(), "--format", "json", "--output", out.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    ObjectMapper json = new ObjectMapper();
    var doc = json.readTree(out.toFile());
    var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(json.readTree(Path.of("../docs/schemas/diff.schema.json").toFile()));
    assertThat(schema.validate(doc)).isEmpty();
    assertThat(doc.at("/recommendations/changed/0/changes/reworded/after").asText()).isEqualTo(NEW_TEXT);
    assertThat(doc.at("/findings/introduced")).isEmpty();
  }

  @Test
  void aVersionThatIsNeitherAPathNorARevisionIsOneError() {
    CliRun run = CliRun.of("diff", "no-such-version-or-file", after.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).matches("no-such-version-or-file:\\d+:\\d+: no such file or directory, nor a revision[^\\n]*\\n|"
        + "no-such-version-or-file: [^\\n]*\\n");
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    CliRun run = CliRun.of("diff", before.toString(), after.toString(), "--format", "html");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("unknown format `html`");
  }
}
