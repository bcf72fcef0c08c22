package io.github.anthology.io.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.anthology.io.RegistryLoader;
import io.github.anthology.io.SourceFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed between the renames of a multi-file write leaves a journal; the next run that reads
 * or writes there completes the write. Temporary files of dead runs are removed, live ones kept.
 */
class InterruptedCommitTest {
  @TempDir Path dir;

  /** What a kill -9 does to a running commit: it stops at once, with no clean-up (locks die with it). */
  private static final class Killed extends Error {
    private static final long serialVersionUID = 1L;
  }

  @Test
  void aRunKilledBetweenTheRenamesIsCompletedByTheNextRead() throws Exception {
    Path research = Files.writeString(dir.resolve("research.yaml"), "2020:\n  - title: A\n    topics: [old-name]\n");
    Path taxonomy = Files.writeString(dir.resolve("taxonomy.yaml"), "topics:\n  - name: old-name\n");
    ChangeSet rename = new ChangeSet();
    rename.put(SourceFiles.display(research), Files.readString(research), "2020:\n  - title: A\n    topics: [new-name]\n");
    rename.put(SourceFiles.display(taxonomy), Files.readString(taxonomy), "topics:\n  - name: new-name\n");
    AtomicWriter killedAfterOne = killedAfterOne();

    assertThatThrownBy(() -> rename.write(killedAfterOne)).isInstanceOf(Killed.class);
    assertThat(research).content().contains("new-name");
    assertThat(taxonomy).content().contains("old-name");
    assertThat(hidden()).anyMatch(n -> n.endsWith(".anthology-journal"));

    RegistryLoader.load(List.of(dir));

    assertThat(research).content().contains("new-name");
    assertThat(taxonomy).content().contains("new-name");
    assertThat(hidden()).isEmpty();
  }

  @Test
  void aJournalOfAnEarlierVersionWithSha256DigestsIsCompletedToo() throws Exception {
    String oldResearch = "2020:\n  - title: A\n    topics: [old-name]\n";
    String newResearch = "2020:\n  - title: A\n    topics: [new-name]\n";
    String oldTaxonomy = "topics:\n  - name: old-name\n";
    String newTaxonomy = "topics:\n  - name: new-name\n";
    Path research = Files.writeString(dir.resolve("research.yaml"), oldResearch);
    Path taxonomy = Files.writeString(dir.resolve("taxonomy.yaml"), oldTaxonomy);
    ChangeSet rename = new ChangeSet();
    rename.put(SourceFiles.display(research), oldResearch, newResearch);
    rename.put(SourceFiles.display(taxonomy), oldTaxonomy, newTaxonomy);
    AtomicWriter killedAfterOne = killedAfterOne();
    assertThatThrownBy(() -> rename.write(killedAfterOne)).isInstanceOf(Killed.class);
    Path journal;
    try (var files = Files.list(dir)) {
      journal = files.filter(p -> p.getFileName().toString().endsWith(".anthology-journal")).findFirst().orElseThrow();
    }
    assertThat(journal).content().contains("\tcrc32c:");
    StringBuilder earlier = new StringBuilder();
    for (String line : Files.readString(journal).split("\n", -1)) {
      String[] f = line.split("\t");
      if (f[0].equals("file")) {
        boolean isResearch = f[4].endsWith("research.yaml");
        f[2] = sha256(isResearch ? oldResearch : oldTaxonomy);
        f[3] = sha256(isResearch ? newResearch : newTaxonomy);
        line = String.join("\t", f);
      }
      earlier.append(line).append(line.isEmpty() ? "" : "\n");
    }
    Files.writeString(journal, earlier.toString());

    RegistryLoader.load(List.of(dir));

    assertThat(research).content().isEqualTo(newResearch);
    assertThat(taxonomy).content().isEqualTo(newTaxonomy);
    assertThat(hidden()).isEmpty();
  }

  /** A writer whose run is killed after the first of its renames. */
  private static AtomicWriter killedAfterOne() {
    int[] moves = {0};
    return new AtomicWriter((temporary, target) -> {
      if (moves[0]++ == 1) {
        throw new Killed();
      }
      Mover.atomic().move(temporary, target);
    });
  }

  private static String sha256(String text) throws Exception {
    return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
        .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  @Test
  void temporaryFilesOfDeadRunsAreRemovedAndThoseOfLiveOnesKept() throws Exception {
    Files.writeString(dir.resolve("research.yaml"), "2020: []\n");
    Path dead = Files.writeString(dir.resolve(".research.yaml.0a1b2c3d4e5f.anthology-tmp"), "half");
    Path earlier = Files.writeString(dir.resolve(".research.yaml.4931402596865325820.tmp"), "half");
    Files.setLastModifiedTime(earlier, FileTime.from(Instant.now().minus(2, ChronoUnit.HOURS)));
    Path recentEarlier = Files.writeString(dir.resolve(".taxonomy.yaml.1234567890123.tmp"), "maybe live");
    try (Temporaries.Handle live = Temporaries.create(dir, "index.html")) {
      RegistryLoader.load(List.of(dir));
      assertThat(dead).doesNotExist();
      assertThat(earlier).doesNotExist();
      assertThat(recentEarlier).exists();
      assertThat(live.path()).exists();
    }
  }

  private List<String> hidden() throws Exception {
    return LinksAndModesTest.leftovers(dir).stream().map(p -> p.getFileName().toString()).toList();
  }
}
