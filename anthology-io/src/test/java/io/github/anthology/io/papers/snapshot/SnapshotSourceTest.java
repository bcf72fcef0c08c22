package io.github.anthology.io.papers.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.anthology.io.ReadException;
import io.github.anthology.model.PaperMetadata;
import io.github.anthology.model.PersonName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotSourceTest {
  /** The shipped slice of arXiv metadata for the reference registry's citations (41 records). */
  static final Path REFERENCE = Path.of("../testdata/arxiv-snapshot/reference-papers.jsonl");
  /** Records with every key of arXiv's snapshot, as its file writes them (compact JSON, hard-wrapped titles). */
  static final Path SAMPLE = Path.of("src/test/resources/papers/snapshot-sample.jsonl");

  @TempDir Path dir;

  @Test
  void theReferenceSliceIsIndexedAndEveryRecordFound() throws Exception {
    try (SnapshotSource source = SnapshotSource.open(REFERENCE, dir.resolve("ref.idx"))) {
      assertThat(source.size()).isEqualTo(41);
      List<String> ids = Files.readAllLines(REFERENCE).stream().map(l -> l.substring(8, l.indexOf('"', 8))).toList();
      assertThat(source.lookup(ids)).hasSize(41).allSatisfy((id, m) -> {
        assertThat(m.id()).isEqualTo(id);
        assertThat(m.title()).isPresent();
        assertThat(m.firstAuthor()).isPresent();
        assertThat(m.firstVersion()).isPresent();
      });
    }
  }

  @Test
  void theGqaRecordSaysAinslieAndItsFirstDay() throws Exception {
    try (SnapshotSource source = SnapshotSource.open(REFERENCE, dir.resolve("ref.idx"))) {
      PaperMetadata gqa = source.lookup(List.of("2305.13245")).get("2305.13245");
      assertThat(gqa.firstAuthor()).contains(new PersonName("Ainslie", "Joshua"));
      assertThat(gqa.firstVersion()).contains(LocalDate.of(2023, 5, 22));
      assertThat(gqa.title()).contains("GQA: Training Generalized Multi-Query Transformer Models from Multi-Head Checkpoints");
      assertThat(gqa.source()).isEqualTo("arxiv-snapshot");
      assertThat(gqa.withdrawn()).isFalse();
    }
  }

  @Test
  void anIdTheSnapshotLacksIsLeftOutNotReportedMissing() throws Exception {
    try (SnapshotSource source = SnapshotSource.open(REFERENCE, dir.resolve("ref.idx"))) {
      assertThat(source.lookup(List.of("1502.03167", "2305.13245"))).containsOnlyKeys("2305.13245");
    }
  }

  @Test
  void recordsWithEveryKeyOfTheRealSnapshotAreRead() throws Exception {
    try (SnapshotSource source = SnapshotSource.open(SAMPLE, dir.resolve("sample.idx"))) {
      Map<String, PaperMetadata> all = source.lookup(List.of("0704.0001", "2305.13245", "1003.00001", "hep-th/9901001"));
      PaperMetadata first = all.get("0704.0001");
      assertThat(first.title()).contains("Calculation of prompt diphoton production cross sections at Tevatron and LHC energies");
      assertThat(first.firstAuthor()).contains(new PersonName("Balázs", "C."));
      assertThat(first.firstVersion()).contains(LocalDate.of(2007, 4, 2));
      assertThat(first.journalRef()).contains("Phys.Rev.D76:013009,2007");
      assertThat(all.get("2305.13245").firstVersion()).as("v1, not the latest version").contains(LocalDate.of(2023, 5, 22));
      assertThat(all.get("1003.00001").withdrawn()).isTrue();
      assertThat(all.get("2305.13245").withdrawn()).isFalse();
      assertThat(all.get("hep-th/9901001").firstAuthor()).as("from `authors` when there is no authors_parsed")
          .contains(new PersonName("van der Berg", "Jan"));
    }
  }

  @Test
  void anIdListedTwiceIsReadFromItsLaterLine() throws Exception {
    Path snapshot = dir.resolve("twice.json");
    Files.writeString(snapshot, Files.readString(SAMPLE)
        + "{\"id\":\"2305.13245\",\"title\":\"GQA, corrected\",\"authors_parsed\":[[\"Ainslie\",\"J.\",\"\"]]}\n");
    try (SnapshotSource source = SnapshotSource.open(snapshot, dir.resolve("twice.idx"))) {
      assertThat(source.lookup(List.of("2305.13245")).get("2305.13245").title()).contains("GQA, corrected");
      assertThat(source.lookup(List.of("0704.0001"))).containsKey("0704.0001");
    }
  }

  @Test
  void aChangedSnapshotIsIndexedAgain() throws Exception {
    Path snapshot = Files.copy(SAMPLE, dir.resolve("snapshot.json"));
    Path index = dir.resolve("snapshot.idx");
    SnapshotSource.open(snapshot, index).close();
    assertThat(SnapshotIndex.isCurrent(snapshot, index)).isTrue();
    Files.copy(REFERENCE, snapshot, StandardCopyOption.REPLACE_EXISTING);
    Files.setLastModifiedTime(snapshot, FileTime.fromMillis(Files.getLastModifiedTime(snapshot).toMillis() + 2000));
    assertThat(SnapshotIndex.isCurrent(snapshot, index)).isFalse();
    try (SnapshotSource source = SnapshotSource.open(snapshot, index)) {
      assertThat(source.size()).isEqualTo(41);
      assertThat(source.lookup(List.of("0704.0001"))).isEmpty();
    }
  }

  @Test
  void aBrokenLineIsReportedWithItsPlaceAndNoIndexIsLeft() throws Exception {
    Path snapshot = dir.resolve("broken.json");
    Files.writeString(snapshot, Files.readString(SAMPLE) + "{\"id\":\"1.2\",\"title\": [1}\n");
    assertThatThrownBy(() -> SnapshotSource.open(snapshot, dir.resolve("broken.idx")))
        .isInstanceOf(ReadException.class).hasMessageStartingWith(snapshot.toString().replace('\\', '/') + ":5:");
    assertThat(dir.resolve("broken.idx")).doesNotExist();
    assertThat(Files.list(dir).filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
  }

  @Test
  void aRecordOfTheWrongShapeIsReportedAtItsLine() throws Exception {
    Path snapshot = dir.resolve("shape.json");
    Files.writeString(snapshot, "{\"id\":\"2305.13245\",\"versions\":{\"version\":\"v1\"}}\n");
    assertThatThrownBy(() -> SnapshotSource.open(snapshot, dir.resolve("shape.idx")))
        .hasMessageEndingWith(":1:1: versions must be a list");
  }

  @Test
  void aFileThatIsNotAnIndexIsRefused() throws Exception {
    Path index = Files.writeString(dir.resolve("not.idx"), "hello");
    assertThat(SnapshotIndex.isCurrent(SAMPLE, index)).isFalse();
    assertThatThrownBy(() -> SnapshotIndex.open(index)).hasMessageEndingWith("not a snapshot index; delete it to have it rebuilt");
  }

  @Test
  void theDefaultIndexGoesToTheCacheNeverBesideTheSnapshot() {
    Path index = SnapshotSource.defaultIndex(REFERENCE);
    assertThat(index.getParent().getFileName().toString()).isEqualTo("anthology");
    assertThat(index.toAbsolutePath().startsWith(REFERENCE.toAbsolutePath().normalize().getParent())).isFalse();
  }
}
