package io.github.anthology.bench.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.io.papers.snapshot.SnapshotSource;
import io.github.anthology.model.PaperMetadata;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated snapshot is read by the real snapshot reader, every record and the appended slice alike. */
class SnapshotGeneratorTest {
  private static final Path REFERENCE = Path.of("../testdata/arxiv-snapshot/reference-papers.jsonl");

  @Test
  void everyGeneratedRecordAndEveryAppendedOneIsIndexedAndFound(@TempDir Path dir) throws Exception {
    Path snapshot = dir.resolve("snapshot.json");
    SnapshotGenerator.main(new String[] {"--out", snapshot.toString(), "--records", "5000", "--append", REFERENCE.toString()});
    List<String> lines = Files.readAllLines(snapshot);
    assertThat(lines).hasSize(5041);
    Pattern id = Pattern.compile("^\\{\"id\":\\s*\"([^\"]+)\"");
    List<String> ids = lines.stream().map(l -> id.matcher(l)).filter(Matcher::find).map(m -> m.group(1)).toList();
    assertThat(ids).hasSize(5041).contains("2305.13245", "0704.0001");
    assertThat(Set.copyOf(ids)).as("no generated id takes an appended one's").hasSize(5041);
    try (SnapshotSource source = SnapshotSource.open(snapshot, dir.resolve("idx"))) {
      assertThat(source.size()).isEqualTo(5041);
      Map<String, PaperMetadata> all = source.lookup(ids);
      assertThat(all.size()).isEqualTo(5041);
      assertThat(all).allSatisfy((key, m) -> {
        assertThat(m.title()).isPresent();
        assertThat(m.firstAuthor()).isPresent();
        assertThat(m.firstVersion()).isPresent();
      });
      assertThat(all.get("2305.13245").firstAuthor().get().surname()).isEqualTo("Ainslie");
      assertThat(all.values().stream().filter(PaperMetadata::withdrawn).count()).isBetween(5L, 60L);
      assertThat(all.values()).anySatisfy(m -> assertThat(m.journalRef()).isPresent());
    }
  }

  @Test
  void theSameSeedWritesTheSameBytes() throws Exception {
    StringWriter a = new StringWriter();
    StringWriter b = new StringWriter();
    new SnapshotGenerator(7, Set.of()).write(a, 200);
    new SnapshotGenerator(7, Set.of()).write(b, 200);
    assertThat(a.toString()).isEqualTo(b.toString()).contains("\"versions\":[{\"version\":\"v1\",\"created\":\"");
  }
}
