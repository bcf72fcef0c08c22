package io.github.anthology.cli.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.api.internal.build.Exports;
import io.github.anthology.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import io.github.anthology.io.registry.RegistryReader;
import io.github.anthology.model.Recommendation;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCommandTest {
  private static final String REAL = "../testdata/anthology-of-the-sota/research.yaml";

  @TempDir Path tmp;

  private static Map<String, byte[]> files(Path dir) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  @Test
  void buildWritesTheDocumentsAndTheSite() throws IOException {
    CliRun run = CliRun.of("build", REAL, "--out", tmp.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(files(tmp)).containsOnlyKeys("REGISTRY.md", "TOPICS.md", "index.html", "registry.yaml", "registry.json");
    assertThat(Files.readString(tmp.resolve("REGISTRY.md"))).startsWith("# ML Training Recommendations Registry\n");
  }

  @Test
  void buildingTwiceGivesIdenticalBytesInEveryFile() throws IOException {
    Path first = tmp.resolve("first");
    Path second = tmp.resolve("second");

    assertThat(CliRun.of("build", REAL, "--out", first.toString()).exitCode()).isZero();
    assertThat(CliRun.of("build", REAL, "--out", second.toString()).exitCode()).isZero();
    Map<String, byte[]> a = files(first);
    Map<String, byte[]> b = files(second);

    assertThat(b.keySet()).isEqualTo(a.keySet()).isNotEmpty();
    a.forEach((name, bytes) -> assertThat(b.get(name)).as(name).isEqualTo(bytes));
  }

  @Test
  void rebuildingInPlaceChangesNoByte() throws IOException {
    assertThat(CliRun.of("build", REAL, "--out", tmp.toString()).exitCode()).isZero();
    Map<String, byte[]> before = files(tmp);
    assertThat(CliRun.of("build", REAL, "--out", tmp.toString()).exitCode()).isZero();

    Map<String, byte[]> after = files(tmp);
    assertThat(after.keySet()).isEqualTo(before.keySet());
    before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
  }

  @Test
  void buildingIntoTheRegistryDirectoryItselfDoesNotReadItsOwnExportsBack() throws IOException {
    for (String name : List.of("research.yaml", "taxonomy.yaml")) {
      Files.copy(Path.of("../examples/sota").resolve(name), tmp.resolve(name));
    }
    assertThat(CliRun.of("build", tmp.toString(), "--out", tmp.toString()).exitCode()).isZero();
    Map<String, byte[]> before = files(tmp);
    assertThat(CliRun.of("build", tmp.toString(), "--out", tmp.toString()).exitCode()).isZero();

    Map<String, byte[]> after = files(tmp);
    assertThat(after.keySet()).isEqualTo(before.keySet()).contains("registry.json");
    before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
  }

  @Test
  void theDateIsWrittenOnlyWhenGiven() throws IOException {
    assertThat(CliRun.of("build", REAL, "--out", tmp.toString(), "--date", "2026-08-02").exitCode()).isZero();

    assertThat(Files.readString(tmp.resolve("REGISTRY.md"))).contains("Last updated: 2026-08-02");
    assertThat(Files.readString(tmp.resolve("index.html"))).contains("Last updated 2026-08-02.");
    assertThat(Files.readString(tmp.resolve("registry.yaml"))).contains("last_updated: \"2026-08-02\"");
    assertThat(Files.readString(tmp.resolve("registry.json"))).contains("\"last_updated\": \"2026-08-02\"");
  }

  @Test
  void withoutADateNoFileCarriesOne() throws IOException {
    assertThat(CliRun.of("build", REAL, "--out", tmp.toString()).exitCode()).isZero();

    files(tmp).forEach((name, bytes) -> assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))
        .as(name).doesNotContain("last_updated").doesNotContain("Last updated"));
  }

  @Test
  void theJsonExportReadsBackAsTheRecommendationsOfTheRegistry() throws Exception {
    assertThat(CliRun.of("build", REAL, "--out", tmp.toString()).exitCode()).isZero();
    var model = io.github.anthology.io.RegistryLoader.load(List.of(Path.of(REAL))).anthology().recommendations();

    for (var format : Exports.FORMATS) {
      var read = RegistryReader.read(format.fileName(), Files.readString(tmp.resolve(format.fileName())), format)
          .recommendations();
      assertThat(read).extracting(BuildCommandTest::essentials).as(format.fileName())
          .containsExactlyElementsOf(model.stream().map(BuildCommandTest::essentials).toList());
    }
  }

  private static String essentials(Recommendation r) {
    return r.text() + " | " + r.primaryTopics() + " | " + r.secondaryTopics() + " | " + r.status() + " | "
        + r.implementations() + " | " + r.source().arxivId() + " | " + r.source().year();
  }

  @Test
  void theTaxonomyGraphShowsTheMergesTheConfiguredOverlapRuleSuggests() throws IOException {
    Path registry = Files.createDirectories(tmp.resolve("registry"));
    Files.copy(Path.of(REAL), registry.resolve("research.yaml"));
    assertThat(CliRun.of("build", registry.toString(), "--out", tmp.resolve("default").toString()).exitCode()).isZero();
    Files.writeString(registry.resolve("anthology.yaml"), "rules:\n  taxonomy/overlap-merge: off\n");
    assertThat(CliRun.of("build", registry.toString(), "--out", tmp.resolve("off").toString()).exitCode()).isZero();

    assertThat(Files.readString(tmp.resolve("default/index.html"))).contains("<path class=\"edge-merge\"");
    assertThat(Files.readString(tmp.resolve("off/index.html"))).doesNotContain("<path class=\"edge-merge\"");
  }

  @Test
  void aDateThatIsNotYearMonthDayIsAUsageErrorAndWritesNothing() {
    Path out = tmp.resolve("out");
    CliRun run = CliRun.of("build", REAL, "--out", out.toString(), "--date", "02/08/2026");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("`02/08/2026` is not a date of the form YYYY-MM-DD");
    assertThat(out).doesNotExist();
  }

  @Test
  void malformedInputIsOneFileLineColumnErrorAndWritesNothing() {
    Path out = tmp.resolve("out");
    CliRun run = CliRun.of("build", "src/test/resources/fixtures/malformed/research.yaml", "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).matches("(?s)src/test/resources/fixtures/malformed/research\\.yaml:\\d+:\\d+: .*")
        .doesNotContain("Exception");
    assertThat(out).doesNotExist();
  }

  @Test
  void noProgressIsPrintedWhenStderrIsNotATerminal() {
    CliRun run = CliRun.of("build", REAL, "--out", tmp.toString());

    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo("wrote 5 files to " + tmp + "\n");
  }

  @Test
  void buildWithoutOutIsAUsageErrorThatNamesTheOption() {
    CliRun run = CliRun.of("build", REAL);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--out");
  }
}
