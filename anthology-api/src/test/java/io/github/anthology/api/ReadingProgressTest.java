package io.github.anthology.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.api.build.BuildOptions;
import io.github.anthology.api.build.BuildProgress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading is reported a file at a time, each file announced in the total before the first is read. */
class ReadingProgressTest {
  @TempDir Path tmp;

  /** Every call, in order: {@code expect N}, {@code start N}, a step's text. */
  static final class Recording implements BuildProgress {
    final List<String> calls = new ArrayList<>();

    @Override
    public synchronized void expect(long steps) {
      calls.add("expect " + steps);
    }

    @Override
    public synchronized void start(long total) {
      calls.add("start " + total);
    }

    @Override
    public synchronized void step(String what) {
      calls.add(what);
    }

    @Override
    public void close() {}
  }

  private Path registry() throws Exception {
    return DirectoryWalkTest.splitRegistry(tmp.resolve("reg"));
  }

  @Test
  void aLintReportsEachFileItReads() throws Exception {
    Path reg = registry();
    Recording progress = new Recording();

    Workspace.builder().input(reg).build().lint(progress);

    assertThat(progress.calls).containsExactly("expect 3", "reading " + reg.resolve("taxonomy.yaml"),
        "reading " + reg.resolve("research.yaml"), "reading " + reg.resolve("later/research.yaml"), "linting 3 files");
  }

  @Test
  void aBuildReportsEachFileItReadsThenWhatItWrites() throws Exception {
    Path reg = registry();
    Recording progress = new Recording();

    Workspace.builder().input(reg).build().build(BuildOptions.into(tmp.resolve("site")).withProgress(progress));

    assertThat(progress.calls.subList(0, 4)).containsExactly("expect 3", "reading " + reg.resolve("taxonomy.yaml"),
        "reading " + reg.resolve("research.yaml"), "reading " + reg.resolve("later/research.yaml"));
    assertThat(progress.calls.get(4)).startsWith("start ");
    assertThat(progress.calls.subList(5, progress.calls.size())).allMatch(c -> c.startsWith("writing ")
        || c.startsWith("rendering "));
  }
}
