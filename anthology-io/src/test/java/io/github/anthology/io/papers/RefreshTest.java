package io.github.anthology.io.papers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.io.RegistryLoader;
import io.github.anthology.io.papers.snapshot.SnapshotSource;
import io.github.anthology.model.PaperMetadata;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Refreshing the lock file of a copy of the reference registry from the shipped snapshot slice. */
class RefreshTest {
  static final Path REGISTRY = Path.of("../testdata/anthology-of-the-sota/research.yaml");
  static final Path SNAPSHOT = Path.of("../testdata/arxiv-snapshot/reference-papers.jsonl");

  @TempDir Path dir;
  Path research;
  Path lock;

  @BeforeEach
  void copyTheRegistry() throws Exception {
    research = Files.copy(REGISTRY, dir.resolve("research.yaml"));
    lock = dir.resolve("anthology.lock.json");
  }

  private Refresh.Result refresh(boolean all) throws Exception {
    try (SnapshotSource source = SnapshotSource.open(SNAPSHOT, dir.resolve("snapshot.idx"))) {
      return Refresh.run(List.of(dir), source, all);
    }
  }

  @Test
  void theSnapshotFillsTheLockFileWithTheFortyOnePapersItHas() throws Exception {
    Refresh.Result r = refresh(false);
    assertThat(r.written()).isTrue();
    assertThat(r.asked()).isEqualTo(119);
    assertThat(r.added()).isEqualTo(41);
    assertThat(r.unanswered()).hasSize(78).contains("1502.03167", "2304.11277");
    assertThat(r.notFound()).as("a snapshot never says an id does not exist").isEmpty();
    Map<String, PaperMetadata> read = LockFile.read(lock);
    assertThat(read).hasSize(41);
    assertThat(read.get("2305.13245").firstAuthor().get().surname()).isEqualTo("Ainslie");
    assertThat(RegistryLoader.load(List.of(dir)).anthology().paperMetadata()).isEqualTo(read);
  }

  @Test
  void twoRefreshesGiveTheSameBytesAndTheSecondWritesNothing() throws Exception {
    refresh(false);
    byte[] first = Files.readAllBytes(lock);
    Refresh.Result again = refresh(false);
    assertThat(again.written()).isFalse();
    assertThat(again.added()).isZero();
    assertThat(Files.readAllBytes(lock)).isEqualTo(first);
    assertThat(refresh(true).written()).as("checking every id again finds nothing new").isFalse();
    assertThat(Files.readAllBytes(lock)).isEqualTo(first);
  }

  @Test
  void anEntryDeletedFromTheLockFileIsRestoredByTheNextRefresh() throws Exception {
    refresh(false);
    String full = Files.readString(lock);
    Map<String, PaperMetadata> entries = new LinkedHashMap<>(LockFile.read(lock));
    entries.remove("2305.13245");
    Files.writeString(lock, LockFile.text(entries.values()));
    Refresh.Result r = refresh(false);
    assertThat(r.added()).isEqualTo(1);
    assertThat(Files.readString(lock)).isEqualTo(full);
  }

  @Test
  void entriesOfIdsNoLongerCitedAreDroppedAndOthersKept() throws Exception {
    refresh(false);
    Files.writeString(research, Files.readString(research).replace("\"2305.13245\"", "\"2305.99999\""));
    Refresh.Result r = refresh(false);
    assertThat(r.dropped()).containsExactly("2305.13245");
    assertThat(r.unanswered()).contains("2305.99999");
    assertThat(LockFile.read(lock)).hasSize(40).doesNotContainKey("2305.13245");
  }

  @Test
  void onlyIdsTheLockFileLacksAreAskedUnlessAllAre() throws Exception {
    refresh(false);
    Recording recording = new Recording();
    Refresh.run(RegistryLoader.load(List.of(dir)).anthology(), lock, recording, false,
        io.github.anthology.io.edit.AtomicWriter.standard());
    assertThat(recording.asked).hasSize(78).doesNotContain("2305.13245");
    recording.asked.clear();
    Refresh.run(RegistryLoader.load(List.of(dir)).anthology(), lock, recording, true,
        io.github.anthology.io.edit.AtomicWriter.standard());
    assertThat(recording.asked).hasSize(119);
    assertThat(LockFile.read(lock)).as("what the source cannot answer keeps its entry").hasSize(41);
  }

  /** A source that knows nothing and remembers what it was asked. */
  private static final class Recording implements PaperMetadataSource {
    final List<String> asked = new ArrayList<>();

    @Override
    public String name() {
      return "recording";
    }

    @Override
    public Map<String, PaperMetadata> lookup(Collection<String> ids) {
      asked.addAll(ids);
      return Map.of();
    }
  }
}
