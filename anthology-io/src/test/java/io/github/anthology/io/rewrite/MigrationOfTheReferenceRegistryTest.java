package io.github.anthology.io.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import io.github.anthology.io.LoadedRegistry;
import io.github.anthology.io.ReadException;
import io.github.anthology.io.RegistryLoader;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.Taxonomy;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** SPEC §9: the reference research.yaml migrated to the bundled seven-topic taxonomy. */
class MigrationOfTheReferenceRegistryTest {
  private static final String RESEARCH = "../testdata/anthology-of-the-sota/research.yaml";
  private static final Map<String, String> CURATOR_MAP = Map.of("pretraining", "training-optimization");
  private static final Pattern TAG_LINE = Pattern.compile("\\s*- \"?[A-Za-z0-9 _-]+\"?\\s*");

  private static LoadedRegistry original;
  private static Rewrite migrated;

  @BeforeAll
  static void migrate() throws ReadException {
    original = RegistryLoader.load(List.of(Path.of("../examples/sota/taxonomy.yaml"), Path.of(RESEARCH)));
    migrated = Migration.migrate(original, CURATOR_MAP);
  }

  @Test
  void onlyTopicTagLinesChangeAndEveryOtherLineCommentsIncludedIsKept() {
    assertThat(migrated.changes().texts()).containsOnlyKeys(RESEARCH);
    List<String> before = original.texts().get(RESEARCH).lines().toList();
    List<String> after = migrated.changes().texts().get(RESEARCH).lines().toList();
    List<AbstractDelta<String>> deltas = DiffUtils.diff(before, after).getDeltas();
    assertThat(deltas).isNotEmpty();
    for (AbstractDelta<String> delta : deltas) {
      assertThat(delta.getSource().getLines()).allMatch(l -> TAG_LINE.matcher(l).matches(), "tag lines only");
      assertThat(delta.getTarget().getLines()).allMatch(l -> TAG_LINE.matcher(l).matches(), "tag lines only");
    }
    assertThat(before.stream().filter(l -> l.contains("#")))
        .containsExactlyElementsOf(after.stream().filter(l -> l.contains("#")).toList());
  }

  @Test
  void everyRecommendationKeepsItsTextAndHasOnePrimaryTopicFromTheTaxonomy() throws ReadException {
    LoadedRegistry reread = RegistryLoader.read(migrated.changes().applyTo(original.texts()));
    Taxonomy taxonomy = reread.anthology().taxonomy().orElseThrow();
    List<Recommendation> recs = reread.anthology().recommendations();
    assertThat(recs).extracting(Recommendation::text)
        .containsExactlyElementsOf(original.anthology().recommendations().stream().map(Recommendation::text).toList());
    assertThat(recs).allSatisfy(r -> {
      assertThat(r.primaryTopics()).hasSize(1);
      assertThat(taxonomy.find(r.primaryTopics().get(0).text())).isPresent();
    });
    assertThat(migrated.problems()).isEmpty();
  }

  @Test
  void aSecondMigrationChangesNothing() throws ReadException {
    Map<String, String> once = new LinkedHashMap<>(migrated.changes().applyTo(original.texts()));
    Rewrite again = Migration.migrate(RegistryLoader.read(once), CURATOR_MAP);
    assertThat(again.changes().isEmpty()).isTrue();
  }

  @Test
  void withoutTheCuratorsMappingTheOneUnmappableRecommendationIsReportedWhereItStands() {
    Rewrite bare = Migration.migrate(original, Map.of());
    assertThat(bare.problems()).singleElement().asString()
        .startsWith(RESEARCH + ":534:9: no tag of this recommendation maps to a topic of the taxonomy");
  }
}
