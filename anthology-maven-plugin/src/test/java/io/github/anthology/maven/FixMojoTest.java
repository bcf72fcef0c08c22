package io.github.anthology.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixMojoTest {
  @TempDir Path dir;
  private final RecordingLog log = new RecordingLog();

  @Test
  void fixesAreWrittenAsEditsOfTheOriginalTextAndWhatRemainsIsLogged() throws Exception {
    Projects.copy("fix", dir);
    FixMojo mojo = Projects.setUp(new FixMojo(), dir, log);
    mojo.execute();

    assertThat(Files.readString(dir.resolve("research.yaml"))).isEqualTo(Files.readString(dir.resolve("expected-research.yaml")));
    assertThat(log.lines).containsExactly("[INFO] anthology: fixed " + dir.resolve("research.yaml"),
        "[INFO] anthology: 0 errors, 0 warnings, 0 infos in 2 files");
  }

  @Test
  void withNothingToFixNoFileIsTouchedAndTheRemainingFindingsAreShownWithoutFailing() throws Exception {
    Projects.copy("check-error", dir);
    byte[] before = Files.readAllBytes(dir.resolve("research.yaml"));
    FixMojo mojo = Projects.setUp(new FixMojo(), dir, log);
    mojo.execute();

    assertThat(Files.readAllBytes(dir.resolve("research.yaml"))).isEqualTo(before);
    assertThat(log.lines).startsWith("[INFO] anthology: nothing to fix")
        .contains("[INFO] anthology: 1 error, 0 warnings, 0 infos in 2 files");
  }
}
