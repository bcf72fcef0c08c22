package io.github.anthology.rules.diff;

import static io.github.anthology.rules.Fixtures.taxonomyOnly;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Renames, merges, splits and deprecations of topics, from {@code previously} and the deprecation records. */
class TopicConsolidationTest {
  private static final String BEFORE = """
      topics:
        - {name: attention, kind: component, summary: Attention}
        - {name: attention-mechanisms, kind: component, summary: Attention variants}
        - {name: training-efficiency, kind: process, summary: Efficiency}
        - {name: optimization, kind: process, summary: Optimisers}
        - {name: model-scaling, kind: process, summary: Scaling}
      """;

  private static RegistryDiff diff(String before, String after) {
    RegistryDiff d = RegistryDiffer.between(taxonomyOnly(before), taxonomyOnly(after));
    assertThat(RegistryDiffer.between(taxonomyOnly(after), taxonomyOnly(before))).isEqualTo(d.mirror());
    return d;
  }

  @Test
  void aTopicListingTheOnlyNameThatWentAwayIsARename() {
    RegistryDiff d = diff(BEFORE, BEFORE.replace("{name: optimization, kind: process, summary: Optimisers}",
        "{name: training-optimization, kind: process, summary: Optimisers, previously: [optimization]}"));
    assertThat(d.topics().added()).isEmpty();
    assertThat(d.topics().removed()).isEmpty();
    assertThat(d.topics().changed()).singleElement().satisfies(m -> {
      assertThat(m.kinds()).containsExactly("renamed");
      assertThat(m.changes().get(0).before()).containsExactly("optimization");
      assertThat(m.changes().get(0).after()).containsExactly("training-optimization");
    });
  }

  @Test
  void twoTopicsGoneIntoANewOneAreAMergeAndTheReverseASplit() {
    String after = BEFORE
        .replace("  - {name: attention, kind: component, summary: Attention}\n", "")
        .replace("{name: attention-mechanisms, kind: component, summary: Attention variants}",
            "{name: attention-techniques, kind: component, summary: All attention, previously: [attention, attention-mechanisms]}");
    RegistryDiff d = diff(BEFORE, after);
    assertThat(d.topics().changed()).singleElement().satisfies(m -> {
      assertThat(m.kinds()).containsExactly("merged");
      assertThat(m.changes().get(0).before()).containsExactly("attention", "attention-mechanisms");
      assertThat(m.changes().get(0).after()).containsExactly("attention-techniques");
    });
    assertThat(d.topics().added()).isEmpty();
    assertThat(d.topics().removed()).isEmpty();
    assertThat(d.mirror().topics().changed()).singleElement().satisfies(m -> assertThat(m.kinds()).containsExactly("split"));
  }

  @Test
  void aTopicDeprecatedInFavourOfOneThatStaysIsMergedIntoIt() {
    String after = BEFORE.replace("{name: training-efficiency, kind: process, summary: Efficiency}",
        "{name: training-efficiency, kind: process, summary: Efficiency, status: deprecated,"
            + " deprecated: {reason: merged, date: 2025-06-08, replaced_by: optimization}}");
    RegistryDiff d = diff(BEFORE, after);
    assertThat(d.topics().changed()).singleElement().satisfies(m -> {
      assertThat(m.after().key()).isEqualTo("optimization");
      assertThat(m.kinds()).containsExactly("merged");
      assertThat(m.changes().get(0).before()).containsExactly("optimization", "training-efficiency");
    });
  }

  @Test
  void aTopicDeprecatedWithNoSuccessorIsDeprecated() {
    String after = BEFORE.replace("{name: model-scaling, kind: process, summary: Scaling}",
        "{name: model-scaling, kind: process, summary: Scaling, status: deprecated, deprecated: {reason: unused, date: 2025-06-08}}");
    RegistryDiff d = diff(BEFORE, after);
    assertThat(d.topics().changed()).singleElement().satisfies(m -> {
      assertThat(m.kinds()).containsExactly("deprecated", "deprecation_reason");
      assertThat(m.changes().get(0).before()).containsExactly("active");
    });
    assertThat(d.mirror().topics().changed().get(0).kinds()).containsExactly("reactivated", "deprecation_reason");
  }

  @Test
  void aTopicSplitInTwoNewOnes() {
    String after = BEFORE.replace("{name: model-scaling, kind: process, summary: Scaling}",
        "{name: width-scaling, kind: process, summary: Width, previously: [model-scaling]}\n"
            + "  - {name: depth-scaling, kind: process, summary: Depth, previously: [model-scaling]}");
    RegistryDiff d = diff(BEFORE, after);
    assertThat(d.topics().changed()).singleElement().satisfies(m -> {
      assertThat(m.kinds()).containsExactly("split");
      assertThat(m.changes().get(0).after()).containsExactly("depth-scaling", "width-scaling");
    });
    assertThat(d.topics().added()).isEmpty();
  }

  @Test
  void metadataChangesOfATopicAreItsChanges() {
    RegistryDiff d = diff(BEFORE, BEFORE.replace("summary: Scaling}", "summary: Scaling laws, related: [optimization]}"));
    assertThat(d.topics().changed()).singleElement().satisfies(m -> assertThat(m.kinds()).containsExactly("summary", "related"));
  }
}
