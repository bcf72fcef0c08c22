package io.github.anthology.cli.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A heap too small for the input ends the run with one line, exit code 2 and enough to retry with. */
class OutOfMemoryIT {
  @TempDir Path tmp;

  @BeforeAll
  static void built() {
    BuiltCli.jar();
  }

  @Test
  void aResearchYamlTooBigForTheHeapStopsWithExitTwoAndSaysHowMuchToGive() throws Exception {
    Path research = tmp.resolve("research.yaml");
    try (BufferedWriter w = Files.newBufferedWriter(research)) {
      for (int year = 1990; year < 2020; year++) {
        w.write(year + ":\n");
        for (int p = 0; p < 400; p++) {
          w.write("  - title: \"Paper " + year + " " + p + " on the behaviour of large training runs\"\n");
          w.write("    year: " + year + "\n    topics:\n      - training-optimization\n    sota:\n");
          for (int r = 0; r < 5; r++) {
            w.write("      - \"Recommendation " + r + " of paper " + p + " from " + year + ": keep the learning rate"
                + " warm for the first steps of the run\"\n");
          }
        }
      }
    }
    long mib = Files.size(research) / (1024 * 1024);
    ExternalTool.Result r = ExternalTool.run(tmp, Map.of(), 3, List.of(
        "java", "-Xmx40m", "-XX:+UseSerialGC", "-jar", BuiltCli.JAR.toString(), "lint", "research.yaml"));
    assertThat(r.exitCode()).as(r.output()).isEqualTo(2);
    assertThat(r.output()).doesNotContain("Exception").doesNotContain("\tat ")
        .containsOnlyOnce("anthology: out of memory: this input needs more than");
    Matcher give = Pattern.compile("ANTHOLOGY_JAVA_OPTS=-Xmx(\\d+)m").matcher(r.output());
    assertThat(give.find()).as(r.output()).isTrue();
    assertThat(Long.parseLong(give.group(1))).as("eight times the research.yaml, and room").isGreaterThanOrEqualTo(mib * 8);
  }
}
