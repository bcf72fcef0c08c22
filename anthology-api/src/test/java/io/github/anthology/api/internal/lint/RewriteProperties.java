package io.github.anthology.api.internal.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import io.github.anthology.api.internal.gen.ResearchYamlGenerator;
import io.github.anthology.io.LoadedRegistry;
import io.github.anthology.io.ReadException;
import io.github.anthology.io.RegistryLoader;
import io.github.anthology.io.RegistryScaffold;
import io.github.anthology.io.rewrite.Migration;
import io.github.anthology.io.rewrite.Rewrite;
import io.github.anthology.io.rewrite.TopicOperations;
import io.github.anthology.model.Paper;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.Taxonomy;
import io.github.anthology.rules.engine.ConfiguredRule;
import io.github.anthology.rules.engine.Linter;
import io.github.anthology.rules.engine.RuleRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Invariants of the rewrites over generated registries (SPEC §6, §9). */
class RewriteProperties {
  private static final Pattern TAG_LINE = Pattern.compile("\\s*(- [A-Za-z_-]+|topics: \\[.*|topic: .*)(  #.*)?");

  @Provide
  Arbitrary<String> research() {
    return ResearchYamlGenerator.research();
  }

  @Provide
  Arbitrary<String> active() {
    return Arbitraries.of(ResearchYamlGenerator.ACTIVE);
  }

  private static Map<String, String> texts(String research) {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("taxonomy.yaml", RegistryScaffold.seedTaxonomy());
    texts.put("research.yaml", research);
    return texts;
  }

  private static List<String> recTexts(LoadedRegistry r) {
    return r.anthology().recommendations().stream().map(Recommendation::text).toList();
  }

  private static String primary(Recommendation r) {
    return r.primaryTopics().isEmpty() ? "" : r.primaryTopics().get(0).text();
  }

  @Property(tries = 200)
  void afterMigrateEveryRecommendationHasOnePrimaryTopicFromTheTaxonomyOrIsReportedAndNoneIsLost(
      @ForAll("research") String research) throws ReadException {
    LoadedRegistry before = RegistryLoader.read(texts(research));
    Rewrite rewrite = Migration.migrate(before, Map.of());
    Statistics.label("retagged").collect(rewrite.changes().isEmpty() ? "no" : "yes");
    Statistics.label("retagged").coverage(c -> c.check("yes").percentage(p -> p > 50));
    Statistics.label("unmapped").collect(rewrite.problems().isEmpty() ? "none" : "some");
    Statistics.label("unmapped").coverage(c -> c.check("some").percentage(p -> p > 5));
    LoadedRegistry after = RegistryLoader.read(rewrite.changes().applyTo(before.texts()));
    assertThat(recTexts(after)).isEqualTo(recTexts(before));
    Taxonomy taxonomy = after.anthology().taxonomy().orElseThrow();
    List<Recommendation> recs = after.anthology().recommendations();
    long resolved = recs.stream()
        .filter(r -> r.primaryTopics().size() == 1 && taxonomy.find(primary(r)).isPresent()).count();
    assertThat(resolved + rewrite.problems().size()).isEqualTo(recs.size());
    long unmappable = 0;
    for (Paper p : before.anthology().papers()) {
      boolean anyMapped = p.topics().stream().anyMatch(t -> !ResearchYamlGenerator.FREE.contains(t.text()));
      unmappable += anyMapped ? 0
          : p.recommendations().stream().filter(r -> r.primaryTopics().equals(p.topics().subList(0, 1))).count();
    }
    assertThat(rewrite.problems()).hasSize((int) unmappable);
    assertThat(Migration.migrate(after, Map.of()).changes().isEmpty()).isTrue();
    for (AbstractDelta<String> d : DiffUtils.diff(research.lines().toList(),
        rewrite.changes().applyTo(before.texts()).get("research.yaml").lines().toList()).getDeltas()) {
      assertThat(d.getSource().getLines()).allMatch(l -> TAG_LINE.matcher(l).matches());
      assertThat(d.getTarget().getLines()).allMatch(l -> TAG_LINE.matcher(l).matches());
    }
  }

  @Property(tries = 200)
  void mergeKeepsEveryRecommendationAndMovesTheMergedTopicsPrimaries(
      @ForAll("research") String research, @ForAll("active") String merged, @ForAll("active") String into)
      throws ReadException {
    if (merged.equals(into)) {
      return;
    }
    LoadedRegistry before = RegistryLoader.read(texts(research));
    Rewrite rewrite = TopicOperations.merge(before, List.of(merged), into, "2026-11-22");
    assertThat(rewrite.problems()).isEmpty();
    LoadedRegistry after = RegistryLoader.read(rewrite.changes().applyTo(before.texts()));
    assertThat(recTexts(after)).isEqualTo(recTexts(before));
    List<Recommendation> was = before.anthology().recommendations();
    List<Recommendation> now = after.anthology().recommendations();
    for (int i = 0; i < was.size(); i++) {
      String expected = primary(was.get(i)).equals(merged) ? into : primary(was.get(i));
      assertThat(primary(now.get(i))).isEqualTo(expected);
    }
  }

  @Property(tries = 100)
  void fixingTwiceIsFixingOnce(@ForAll("research") String research, @ForAll boolean withTaxonomy)
      throws ReadException {
    Linter linter = new Linter(RuleRegistry.load().rules().stream().map(ConfiguredRule::withDefaults).toList());
    LoadedRegistry before = RegistryLoader.read(withTaxonomy ? texts(research) : Map.of("research.yaml", research));
    FixLoop.Result once = FixLoop.run(before, linter);
    Statistics.label("fixes").collect(once.changes().isEmpty() ? "none" : "some");
    Statistics.label("fixes").coverage(c -> c.check("some").percentage(p -> p > 5));
    assertThat(once.settled()).isTrue();
    LoadedRegistry fixed = RegistryLoader.read(once.changes().applyTo(before.texts()));
    assertThat(recTexts(fixed)).isEqualTo(recTexts(before));
    FixLoop.Result twice = FixLoop.run(fixed, linter);
    assertThat(twice.changes().isEmpty()).isTrue();
  }
}
