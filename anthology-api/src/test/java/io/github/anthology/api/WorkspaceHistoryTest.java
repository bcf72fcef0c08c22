package io.github.anthology.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.anthology.api.build.BuildOptions;
import io.github.anthology.api.build.Preview;
import io.github.anthology.api.diff.DiffOptions;
import io.github.anthology.api.diff.DiffResult;
import io.github.anthology.api.papers.PaperAdditionResult;
import io.github.anthology.api.papers.PaperSource;
import io.github.anthology.api.papers.RefreshResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** diff, build since a previous version, the live preview and the lock file of papers, through the facade alone. */
class WorkspaceHistoryTest {
  private static final Path EXAMPLE = Path.of("../examples/sota");
  private static final String SNAPSHOT = "../testdata/arxiv-snapshot/reference-papers.jsonl";
  private static final String ADAM = "Start from Adam-family optimizers with default betas before tuning";
  private static final String ADAMW = "Start from AdamW with decoupled weight decay";

  @TempDir Path dir;
  Path old;
  Path now;

  @BeforeEach
  void twoVersions() throws Exception {
    old = Files.createDirectory(dir.resolve("old"));
    now = Files.createDirectory(dir.resolve("now"));
    for (String f : List.of("research.yaml", "taxonomy.yaml")) {
      Files.copy(EXAMPLE.resolve(f), old.resolve(f));
      Files.copy(EXAMPLE.resolve(f), now.resolve(f));
    }
    Path research = now.resolve("research.yaml");
    Files.writeString(research, Files.readString(research).replace(ADAM, ADAMW));
  }

  @Test
  void aDiffOfTwoDirectoriesNamesTheRewordedRecommendationInEachFormat() throws Exception {
    Workspace workspace = Workspace.builder().build();
    DiffResult text = workspace.diff(DiffOptions.between(old.toString(), now.toString()));
    assertThat(text.text()).contains(ADAM).contains(ADAMW);
    assertThat(text.written()).isEmpty();
    assertThat(workspace.diff(DiffOptions.between(old.toString(), now.toString()).withFormat("json")).text())
        .startsWith("{").contains(ADAMW);
    assertThat(workspace.diff(DiffOptions.between(now.toString(), now.toString()).withLint(false)).findingsIntroduced())
        .isZero();
    assertThatThrownBy(() -> workspace.diff(DiffOptions.between(old.toString(), now.toString()).withFormat("html")))
        .isInstanceOf(AnthologyException.class).hasMessageContaining("use one of text, markdown, json");

    Path file = dir.resolve("diff.md");
    DiffResult written = workspace.diff(DiffOptions.between(old.toString(), now.toString()).withFormat("markdown")
        .writingTo(file, "--output"));
    assertThat(written.written()).hasValue(file);
    assertThat(Files.readString(file)).isEqualTo(written.text());
  }

  @Test
  void aBuildSinceThePreviousVersionWritesItsChangelog() throws Exception {
    Path out = dir.resolve("site");
    var result = Workspace.builder().input(now).build().build(BuildOptions.into(out).withChangesSince(old.toString()));
    assertThat(result.files()).contains("CHANGELOG.md");
    assertThat(Files.readString(out.resolve("CHANGELOG.md"))).contains(ADAMW);
    assertThatThrownBy(() -> Workspace.builder().input(now).build().build(BuildOptions.into(out).withDateOfLastCommit()))
        .isInstanceOf(AnthologyException.class).hasMessageContaining("not in a git repository");
  }

  @Test
  void thePreviewServesTheBuildAndRebuildsWhenAnInputChanges() throws Exception {
    ConcurrentLinkedQueue<String> log = new ConcurrentLinkedQueue<>();
    Path out = dir.resolve("preview");
    try (Preview preview = Workspace.builder().input(now).build().serve(BuildOptions.into(out), 0, log::add)) {
      HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(preview.url())).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(page.body()).contains(ADAMW);
      assertThat(preview.build()).isEqualTo(1);
      Path research = now.resolve("research.yaml");
      Files.writeString(research, Files.readString(research).replace(ADAMW, "Edited while served"));
      long deadline = System.nanoTime() + 20_000_000_000L;
      // the watcher may see the file half-written (truncated, then filled) and build twice: wait for the edit itself
      while (!(preview.build() >= 2 && Files.readString(out.resolve("index.html")).contains("Edited while served"))
          && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertThat(preview.build()).isGreaterThanOrEqualTo(2);
      assertThat(Files.readString(out.resolve("index.html"))).contains("Edited while served");
    }
    assertThat(log).contains("build 1 served", "build 2 served");
  }

  @Test
  void aRefreshFromTheSnapshotRecordsTheLockFileAndAPaperIsAddedFromIt() throws Exception {
    PaperSource snapshot = new PaperSource(List.of("snapshot", SNAPSHOT), Optional.of(dir.resolve("snapshot.idx")),
        Optional.empty());
    Workspace workspace = Workspace.builder().input(now).build();
    RefreshResult refresh = workspace.papers().refresh(snapshot, false);
    assertThat(refresh.written()).isTrue();
    assertThat(refresh.source()).isEqualTo("arxiv-snapshot");
    assertThat(refresh.lockFile()).exists().isEqualTo(now.resolve("anthology.lock.json"));

    PaperAdditionResult added = Workspace.builder().input(now).build().papers()
        .add("1508.07909", List.of("data-pipeline"), Optional.of(snapshot));
    assertThat(added.rewrite().problems()).isEmpty();
    assertThat(added.rewrite().changes().diff()).contains("Neural Machine Translation of Rare Words with Subword Units");
    assertThat(added.lockText()).hasValueSatisfying(t -> assertThat(t).contains("1508.07909"));
    assertThat(Files.readString(now.resolve("research.yaml"))).doesNotContain("1508.07909");
    added.rewrite().changes().write();
    assertThat(added.writeLock()).isTrue();
    assertThat(Files.readString(now.resolve("research.yaml"))).contains("1508.07909");
    assertThat(Files.readString(refresh.lockFile())).contains("1508.07909");
  }
}
