package io.github.anthology.cli.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code build --since REV} and {@code --date git} on the reference's real history, read from git. */
class BuildSinceRevisionTest {
  @BeforeAll
  static void cloneHistory() throws Exception {
    ReferenceHistory.versions();
  }

  @Test
  void theChangelogSinceARevisionListsWhatCameAfterIt(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("site");
    CliRun run = CliRun.of("build", ReferenceHistory.REGISTRY.toString(), "--since", "ref-0c762bb", "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(out.resolve("CHANGELOG.md"))).startsWith("# Changelog\n\n## Changes since ref-0c762bb\n")
        .contains("### Papers (17 added, 0 removed, 20 changed)").contains("### Recommendations (114 added, 0 removed, 0 changed)");
    assertThat(Files.readString(out.resolve("index.html"))).contains("<p class=\"since\">Since ref-0c762bb.</p>");
  }

  @Test
  void dateGitIsTheDayOfTheLastCommitThatTouchedTheInputs(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("site");
    CliRun run = CliRun.of("build", ReferenceHistory.REGISTRY.toString(), "--date", "git", "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(out.resolve("REGISTRY.md"))).contains("Last updated: 2024-11-13");
    Path again = tmp.resolve("again");
    CliRun.of("build", ReferenceHistory.REGISTRY.toString(), "--date", "git", "--out", again.toString());
    assertThat(Files.readString(again.resolve("REGISTRY.md"))).isEqualTo(Files.readString(out.resolve("REGISTRY.md")));
  }
}
