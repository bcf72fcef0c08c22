package io.github.anthology.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference system's published outputs, reproduced: its research.yaml adopts the ids of its
 * registry.yaml ({@code ids --adopt registry.yaml --write}), {@code build} renders it, and the two
 * registry.yaml files are compared field by field. Every difference that remains is named below,
 * with its reason (docs/migrating.md names the same ones).
 */
class ReferenceReproductionTest {
  static final Path REFERENCE = Path.of("../testdata/anthology-of-the-sota");
  private static final Set<String> ZHAO = Set.of("MLR-2023-Zhao001-0001", "MLR-2023-Zhao001-0002",
      "MLR-2023-Zhao001-0003", "MLR-2023-Zhao001-0004");
  private static final String ABSENT = "(absent)";
  private static final String ANY = "(any)";

  /**
   * A difference the comparison expects: the field, the records it is in (null: any), the published
   * value and ours, how many records (or 1, for the document) differ so, and why.
   */
  private record Named(String field, Set<String> ids, Object published, Object ours, int count, String why) {
    boolean covers(Difference d) {
      return field.equals(d.field()) && (ids == null || ids.contains(d.id()))
          && Objects.equals(published, d.published()) && (ANY.equals(ours) || Objects.equals(ours, d.ours()));
    }
  }

  private record Difference(String id, String field, Object published, Object ours) {}

  static final List<Named> NAMED = List.of(
      new Named("secondary", null, ABSENT, ANY, 119,
          "added: Anthology writes each recommendation's secondary topics (its paper's other tags)"),
      new Named("source.title", null, ABSENT, ANY, 119, "added: Anthology writes the source paper's title"),
      new Named("source.year", ZHAO, 2023, 2022, 4, "the FSDP paper (2304.11277) says `year: 2022` but is listed"
          + " under `2023:`; Anthology takes the paper's own year, the reference system the key it is listed under"),
      new Named("source.paper", ZHAO, "Zhao et al. (2023)", "Zhao et al. (2022)", 4, "the same year, in the label"),
      new Named("topics.distributed-training.years.latest", null, 2023, 2022, 1, "the same year, in the topic summary"),
      new Named("metadata.last_updated", null, "2026-08-02", ABSENT, 1,
          "build writes a date only when `--date` gives one, so rebuilding unchanged data changes no byte"));

  @TempDir Path tmp;
  private Path data;

  @BeforeEach
  void copyTheReferenceResearchYaml() throws IOException {
    data = Files.createDirectories(tmp.resolve("data"));
    Files.copy(REFERENCE.resolve("research.yaml"), data.resolve("research.yaml"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> yaml(Path file) throws IOException {
    return new ObjectMapper(new YAMLFactory()).readValue(file.toFile(), Map.class);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> records(Map<String, Object> registry) {
    return (List<Map<String, Object>>) registry.get("recommendations");
  }

  private Map<String, Object> buildRegistry() throws IOException {
    CliRun build = CliRun.of("build", data.toString(), "--out", tmp.resolve("out").toString());
    assertThat(build.exitCode()).as(build.err()).isZero();
    return yaml(tmp.resolve("out/registry.yaml"));
  }

  private static long sameIds(Map<String, Object> ours) throws IOException {
    List<Object> published = records(yaml(REFERENCE.resolve("registry.yaml"))).stream().map(r -> r.get("id")).toList();
    List<Object> built = records(ours).stream().map(r -> r.get("id")).toList();
    return built.stream().filter(published::contains).count();
  }

  @Test
  void adoptingThePublishedIdsThenBuildingReproducesTheRegistryButForTheNamedDifferences() throws IOException {
    CliRun adopt = CliRun.of("ids", data.toString(), "--adopt", REFERENCE.resolve("registry.yaml").toString(), "--write");
    assertThat(adopt.exitCode()).as(adopt.err()).isZero();
    assertThat(adopt.err()).contains("adopted 119 of 119 published ids (119 by source and text, 0 by similarity,"
        + " 0 by position); 0 already written here; 0 without a practice here");

    Map<String, Object> published = yaml(REFERENCE.resolve("registry.yaml"));
    Map<String, Object> ours = buildRegistry();
    assertThat(records(ours)).extracting(r -> r.get("id"))
        .hasSize(119).containsExactlyElementsOf(records(published).stream().map(r -> r.get("id")).toList());

    List<Difference> differences = compare(published, ours);
    for (Difference d : differences) {
      assertThat(NAMED).as("a difference no one named: %s", d).anyMatch(n -> n.covers(d));
    }
    for (Named n : NAMED) {
      long covered = differences.stream().filter(n::covers).count();
      assertThat(covered).as("how often %s differs (%s)", n.field(), n.why()).isEqualTo(n.count());
    }
  }

  @Test
  void adoptingFromTheReferenceSideCarGivesTheSameIdsByPosition() throws IOException {
    CliRun adopt = CliRun.of("ids", data.toString(), "--adopt", REFERENCE.resolve("mlr_registry.json").toString(), "--write");
    assertThat(adopt.exitCode()).as(adopt.err()).isZero();
    assertThat(adopt.err()).contains("adopted 119 of 119 published ids (0 by source and text, 0 by similarity,"
        + " 119 by position)");
    assertThat(sameIds(buildRegistry())).isEqualTo(119);
  }

  @Test
  void withoutAdoptingNumberingPerYearChangesEighteenPublishedIdsAndPerAuthorFour() throws IOException {
    Path copy = Files.createDirectories(tmp.resolve("per-author"));
    Files.copy(data.resolve("research.yaml"), copy.resolve("research.yaml"));
    assertThat(CliRun.of("ids", data.toString(), "--write").exitCode()).isZero();
    assertThat(sameIds(buildRegistry())).isEqualTo(101);
    data = copy;
    assertThat(CliRun.of("ids", data.toString(), "--numbering", "per-author", "--write").exitCode()).isZero();
    assertThat(sameIds(buildRegistry())).isEqualTo(115);
  }

  /** Records paired by id, then the document's other fields, each leaf compared by its dotted path. */
  private static List<Difference> compare(Map<String, Object> published, Map<String, Object> ours) {
    List<Difference> out = new ArrayList<>();
    Map<Object, Map<String, Object>> byId = new LinkedHashMap<>();
    records(ours).forEach(r -> byId.put(r.get("id"), r));
    for (Map<String, Object> record : records(published)) {
      compare(String.valueOf(record.get("id")), "", record, byId.get(record.get("id")), out);
    }
    Map<String, Object> restPublished = new LinkedHashMap<>(published);
    Map<String, Object> restOurs = new LinkedHashMap<>(ours);
    restPublished.remove("recommendations");
    restOurs.remove("recommendations");
    compare("-", "", restPublished, restOurs, out);
    return out;
  }

  @SuppressWarnings("unchecked")
  private static void compare(String id, String path, Object published, Object ours, List<Difference> out) {
    if (published instanceof Map<?, ?> a && ours instanceof Map<?, ?> b) {
      Set<Object> keys = new TreeSet<>(Comparator.comparing(Object::toString));
      keys.addAll(a.keySet());
      keys.addAll(b.keySet());
      for (Object k : keys) {
        compare(id, path.isEmpty() ? k.toString() : path + "." + k,
            a.containsKey(k) ? a.get(k) : ABSENT, b.containsKey(k) ? b.get(k) : ABSENT, out);
      }
    } else if (!Objects.equals(published, ours)) {
      out.add(new Difference(id, path, published, ours));
    }
  }
}
