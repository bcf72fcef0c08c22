package io.github.anthology.cli.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.anthology.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code anthology diff} over the reference's real history of research.yaml, read from git
 * revisions: consecutive valid versions diff cleanly with every change reported once; pairs a
 * person reviewed give exactly the reviewed output; a version that is not valid YAML is one
 * {@code file:line:col} error for that side.
 */
class ReferenceHistoryDiffTest {
  private static final Path REVIEWED = Path.of("../testdata/anthology-of-the-sota/history/reviewed");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static List<String> versions;

  @BeforeAll
  static void cloneHistory() throws Exception {
    versions = ReferenceHistory.versions();
  }

  private static CliRun diff(String old, String now, String... more) {
    String[] args = new String[5 + more.length];
    System.arraycopy(new String[] {"diff", "ref-" + old, "ref-" + now, "--registry", ReferenceHistory.REGISTRY.toString()}, 0, args, 0, 5);
    System.arraycopy(more, 0, args, 5, more.length);
    return CliRun.of(args);
  }

  @Test
  void theHistoryHasItsThirtyFiveVersions() {
    assertThat(versions).hasSize(35).startsWith("2ffcfeb").endsWith("d6693d1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2ffcfeb..9015a9c", "9bdec3e..5d2c6b4", "27288b7..7344147"})
  void aReviewedPairGivesTheReviewedChanges(String pair) throws Exception {
    String[] sides = pair.split("\\.\\.");
    CliRun run = diff(sides[0], sides[1]);
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(Files.readString(REVIEWED.resolve(pair + ".txt")));
  }

  @Test
  void everyConsecutivePairOfValidVersionsDiffsWithEachChangeOnceAndInTheSchema() throws Exception {
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(JSON.readTree(Path.of("../docs/schemas/diff.schema.json").toFile()));
    List<String> valid = versions.stream().filter(v -> diff(v, v, "--no-lint").exitCode() == 0).toList();
    assertThat(valid).containsExactly("2ffcfeb", "9015a9c", "5d9e9db", "9bdec3e", "5d2c6b4", "27288b7", "7344147",
        "0c762bb", "d6693d1");
    for (int i = 0; i + 1 < valid.size(); i++) {
      CliRun run = diff(valid.get(i), valid.get(i + 1), "--format", "json");
      assertThat(run.exitCode()).as(run.err()).isZero();
      JsonNode doc = JSON.readTree(run.out());
      assertThat(schema.validate(doc)).as(valid.get(i) + ".." + valid.get(i + 1)).isEmpty();
      for (String section : List.of("papers", "recommendations", "topics")) {
        assertReportedOnce(doc.get(section), valid.get(i) + ".." + valid.get(i + 1) + " " + section);
      }
    }
  }

  /** No entity is both removed and added, and none changes twice: a reworded practice is one change. */
  private static void assertReportedOnce(JsonNode section, String where) {
    Set<String> added = identities(section.get("added"));
    Set<String> removed = identities(section.get("removed"));
    assertThat(shared(added, removed)).as(where).isEmpty();
    Set<String> changed = new HashSet<>();
    section.get("changed").forEach(c -> assertThat(changed.add(identity(c.get("after")))).as(where).isTrue());
    assertThat(shared(changed, added)).as(where).isEmpty();
    assertThat(shared(changed, removed)).as(where).isEmpty();
  }

  private static Set<String> shared(Set<String> a, Set<String> b) {
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    return both;
  }

  private static Set<String> identities(JsonNode items) {
    Set<String> ids = new HashSet<>();
    items.forEach(i -> ids.add(identity(i)));
    return ids;
  }

  private static String identity(JsonNode item) {
    return item.get("key").asText() + "|" + (item.has("paper") ? item.get("paper").asText() : "");
  }

  @Test
  void theLongJumpOverTheInvalidVersionsIsClassified() throws Exception {
    JsonNode doc = JSON.readTree(diff("0c762bb", "d6693d1", "--format", "json", "--no-lint").out());
    assertThat(doc.at("/papers/added")).hasSize(17);
    assertThat(doc.at("/papers/removed")).isEmpty();
    assertThat(doc.at("/recommendations/added")).hasSize(114);
    assertThat(doc.at("/recommendations/removed")).isEmpty();
    JsonNode modular = changed(doc.at("/papers/changed"), "2003.04881");
    assertThat(modular.at("/changes/attic/before").isNull()).isTrue();
    assertThat(JSON.convertValue(modular.at("/changes/superseded_by/after"), List.class)).containsExactly("2103.03386", "2110.08058");
    assertThat(changed(doc.at("/papers/changed"), "1712.09913").at("/changes/title/after").asText())
        .isEqualTo("Visualizing the Loss Landscape of Neural Nets");
    assertThat(changed(doc.at("/papers/changed"), "2307.06440").at("/changes/experimental/after").asText()).isEqualTo("true");
  }

  private static JsonNode changed(JsonNode changes, String key) {
    for (JsonNode c : changes) {
      if (c.get("key").asText().equals(key)) {
        return c;
      }
    }
    throw new AssertionError("no change of " + key);
  }

  @Test
  void aVersionThatIsNotValidYamlIsOneErrorForThatSide() {
    CliRun run = diff("0c762bb", "f04567d");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).matches("ref-f04567d:data/research\\.yaml:1007:9: malformed YAML: [^\\n]*\\n");
    CliRun other = diff("ce17d69", "d6693d1");
    assertThat(other.exitCode()).isEqualTo(2);
    assertThat(other.err()).matches("ref-ce17d69:data/research\\.yaml:\\d+:\\d+: [^\\n]*\\n");
  }

  @Test
  void newFindingsFailThePullRequestCheckOnlyWhenAsked() {
    assertThat(diff("2ffcfeb", "9015a9c").exitCode()).isZero();
    assertThat(diff("2ffcfeb", "9015a9c", "--fail-on-new-findings").exitCode()).isEqualTo(1);
    assertThat(diff("5d2c6b4", "27288b7", "--fail-on-new-findings").exitCode()).isZero();
  }
}
