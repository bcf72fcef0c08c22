package io.github.anthology.io.papers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.anthology.io.ReadException;
import io.github.anthology.io.edit.AtomicWriter;
import io.github.anthology.model.PaperMetadata;
import io.github.anthology.model.PersonName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockFileTest {
  static final PaperMetadata GQA = PaperMetadata.builder().id("2305.13245").source("arxiv-snapshot")
      .title("GQA: Training Generalized Multi-Query Transformer Models from Multi-Head Checkpoints")
      .firstAuthor(new PersonName("Ainslie", "Joshua")).firstVersion(LocalDate.of(2023, 5, 22)).build();
  static final PaperMetadata MISSING = PaperMetadata.notFound("2401.99999", "arxiv-api");

  @TempDir Path dir;

  @Test
  void entriesAreWrittenSortedWithOnlyWhatIsKnown() {
    String text = LockFile.text(List.of(MISSING, GQA));
    assertThat(text).isEqualTo("""
        {
          "lock_version": 1,
          "papers": {
            "2305.13245": {
              "source": "arxiv-snapshot",
              "title": "GQA: Training Generalized Multi-Query Transformer Models from Multi-Head Checkpoints",
              "first_author": {
                "surname": "Ainslie",
                "given": "Joshua"
              },
              "first_version": "2023-05-22"
            },
            "2401.99999": {
              "source": "arxiv-api",
              "found": false
            }
          }
        }
        """);
  }

  @Test
  void whatIsWrittenReadsBackTheSame() throws Exception {
    PaperMetadata withdrawn = PaperMetadata.builder().from(GQA).id("1234.56789").withdrawn(true)
        .journalRef("EMNLP 2023").firstAuthor(new PersonName("Lebrón", "")).build();
    Map<String, PaperMetadata> read = LockFileReader.read("anthology.lock.json", LockFile.text(List.of(GQA, MISSING, withdrawn)));
    assertThat(read).containsOnlyKeys("2305.13245", "2401.99999", "1234.56789");
    assertThat(read.get("2305.13245")).isEqualTo(GQA);
    assertThat(read.get("2401.99999")).isEqualTo(MISSING);
    assertThat(read.get("1234.56789")).isEqualTo(withdrawn);
  }

  @Test
  void keysOfALaterVersionAreSkipped() throws Exception {
    String text = """
        {"lock_version": 1, "generator": {"name": "x"}, "papers": {"2305.13245": {"source": "arxiv-api",
         "title": "T", "categories": ["cs.CL"], "first_author": {"surname": "A", "orcid": "x"}}}}
        """;
    PaperMetadata m = LockFileReader.read("anthology.lock.json", text).get("2305.13245");
    assertThat(m.title()).contains("T");
    assertThat(m.firstAuthor()).contains(new PersonName("A", ""));
  }

  @Test
  void problemsAreReportedWhereTheyStand() {
    assertThatThrownBy(() -> LockFileReader.read("a.json", "{\"lock_version\": 1, \"papers\": {\n  \"1\": {\"source\": \"s\",\n"
        + "  \"first_version\": \"May 2023\"}}}"))
        .isInstanceOf(ReadException.class).hasMessage("a.json:3:20: first_version must be a date YYYY-MM-DD, not `May 2023`");
    assertThatThrownBy(() -> LockFileReader.read("a.json", "{\"papers\": {\"1\": {\"title\": \"t\"}}}"))
        .hasMessageContaining("a.json:1:").hasMessageEndingWith("the entry of 1 has no source");
    assertThatThrownBy(() -> LockFileReader.read("a.json", "{\"lock_version\": 2}"))
        .hasMessageContaining("written by a later version");
    assertThatThrownBy(() -> LockFileReader.read("a.json", "{\"papers\": {\"1\": {\"source\": \"s\"}, \"1\": {\"source\": \"s\"}}}"))
        .hasMessageStartingWith("a.json:1:").hasMessageContaining("Duplicate field '1'");
    assertThatThrownBy(() -> LockFileReader.read("a.json", "[]")).hasMessage("a.json:1:1: a lock file is a JSON object");
  }

  @Test
  void theLockFileIsFoundBesideTheRegistrysFirstFile() throws Exception {
    Path research = Files.writeString(dir.resolve("research.yaml"), "2020: []\n");
    assertThat(LockFile.location(List.of(research))).isEqualTo(dir.resolve("anthology.lock.json"));
    assertThat(LockFile.find(List.of(research))).isEmpty();
    Files.writeString(dir.resolve("anthology.lock.json"), LockFile.text(List.of(GQA)));
    assertThat(LockFile.find(List.of(research))).contains(dir.resolve("anthology.lock.json"));
  }

  @Test
  void aDirectoryMadeReadOnlyIsLeftAloneEvenWhenTheSystemWouldAllowIt() throws Exception {
    Path readOnly = Files.createDirectory(dir.resolve("shared"));
    Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assertThatThrownBy(() -> LockFile.write(readOnly.resolve("anthology.lock.json"), "{}", AtomicWriter.standard()))
          .isInstanceOf(ReadException.class).hasMessageEndingWith("is read-only; nothing was written (refresh a writable copy)");
      assertThat(readOnly).isEmptyDirectory();
    } finally {
      Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  /** Whatever the entries and their order, the text is canonical: reading and writing it again changes nothing. */
  @Property(tries = 60)
  void theTextIsCanonical(@ForAll("entries") List<PaperMetadata> entries) throws Exception {
    String text = LockFile.text(entries);
    List<PaperMetadata> shuffled = new ArrayList<>(entries);
    Collections.reverse(shuffled);
    assertThat(LockFile.text(shuffled)).isEqualTo(text);
    assertThat(LockFile.text(LockFileReader.read("l.json", text).values())).isEqualTo(text);
  }

  @Provide
  Arbitrary<List<PaperMetadata>> entries() {
    Arbitrary<String> text = Arbitraries.strings().withCharRange(' ', '\u024F').withChars('"', '\\', '\n', 'é')
        .ofMinLength(1).ofMaxLength(40);
    Arbitrary<PaperMetadata> entry = Combinators.combine(Arbitraries.integers().between(1000, 9999), text, text,
        Arbitraries.integers().between(0, 20000), Arbitraries.of(true, false), Arbitraries.of(true, false))
        .as((n, title, name, day, found, withdrawn) -> found
            ? PaperMetadata.builder().id("2301." + n).source("arxiv-api").title(title)
                .firstAuthor(new PersonName(name, name.substring(0, 1))).firstVersion(LocalDate.ofEpochDay(day))
                .withdrawn(withdrawn).build()
            : PaperMetadata.notFound("2301." + n, "arxiv-api"));
    return entry.list().ofMaxSize(8).uniqueElements(PaperMetadata::id);
  }
}
