package io.github.anthology.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.cli.MemoryWatch.Verdict;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a run short of memory is judged, and what it is told to give. */
class MemoryGuardTest {
  @TempDir Path tmp;

  @Test
  void aWindowIsAStormOnlyWhenTheHeapStaysFullAndCollectingTakesNearlyAllTheTime() {
    assertThat(MemoryWatch.judge(0.95, 0.99)).isEqualTo(Verdict.STORM);
    assertThat(MemoryWatch.judge(0.95, 0.40)).as("much collecting, but it frees room").isEqualTo(Verdict.FINE);
    assertThat(MemoryWatch.judge(0.10, 0.99)).as("full, but the work goes on").isEqualTo(Verdict.FINE);
    assertThat(MemoryWatch.judge(0.67, 0.56)).as("slow, so say so").isEqualTo(Verdict.TIGHT);
    assertThat(MemoryWatch.judge(0.95, 0.85)).as("collections still free room").isEqualTo(Verdict.TIGHT);
  }

  @Test
  void theSuggestionIsTwiceTheHeapOrWhatTheInputNeedsWhicheverIsMoreInWholeQuarterGibibytes() {
    assertThat(MemoryGuard.suggestion(1800, 0)).isEqualTo(3840);
    assertThat(MemoryGuard.suggestion(1800, 4000)).isEqualTo(4096);
    assertThat(MemoryGuard.suggestion(100, 0)).isEqualTo(256);
  }

  @Test
  void aResearchYamlIsExpectedToNeedEightTimesItsSizeAndJsonlFour() throws Exception {
    Path registry = Files.createDirectories(tmp.resolve("reg"));
    sized(registry.resolve("research.yaml"), 100);
    sized(tmp.resolve("big.jsonl"), 200);
    sized(registry.resolve("notes.txt"), 500);
    MemoryGuard.expect("lint", registry.toString(), tmp.resolve("big.jsonl").toString(), "--format", "json");
    assertThat(MemoryGuard.inputNeedMiB()).isEqualTo(100 * 8 + 200 * 4 + 768);
    MemoryGuard.expect("papers", "refresh", tmp.resolve("big.jsonl").toString());
    assertThat(MemoryGuard.inputNeedMiB()).as("a streamed snapshot is not held").isZero();
  }

  private static void sized(Path file, long mib) throws Exception {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(mib * MemoryGuard.MIB);
    }
  }
}
