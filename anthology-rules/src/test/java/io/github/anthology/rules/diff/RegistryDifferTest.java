package io.github.anthology.rules.diff;

import static io.github.anthology.rules.Fixtures.anthology;
import static io.github.anthology.rules.Fixtures.research;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.rules.api.Finding;
import io.github.anthology.rules.api.Severity;
import io.github.anthology.model.source.SourceSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kind of change is found, classified, and reported once. */
class RegistryDifferTest {
  private static final String ADAM = """
      2014:
        - title: "Adam: A Method for Stochastic Optimization"
          arxiv_id: "1412.6980"
          first_author: Kingma
          year: 2014
          topics: [optimization]
          sota:
            - Default choice for neural network training
            - Learning rate typically 1e-4 to 1e-3 for most tasks
      """;

  private static RegistryDiff diff(String oldYaml, String newYaml) {
    return RegistryDiffer.between(research(oldYaml), research(newYaml));
  }

  @Test
  void theSameRegistryHasNoChanges() {
    assertThat(diff(ADAM, ADAM).isEmpty()).isTrue();
  }

  @Test
  void aRewordedRecommendationIsOneChangeNotARemovalAndAnAddition() {
    RegistryDiff d = diff(ADAM, ADAM.replace("typically 1e-4 to 1e-3 for most tasks", "usually 1e-4 to 3e-4 for most tasks"));
    assertThat(d.recommendations().added()).isEmpty();
    assertThat(d.recommendations().removed()).isEmpty();
    assertThat(d.recommendations().changed()).singleElement().satisfies(m -> {
      assertThat(m.kinds()).containsExactly("reworded");
      assertThat(m.changes().get(0).before()).containsExactly("Learning rate typically 1e-4 to 1e-3 for most tasks");
    });
  }

  @Test
  void anUnrelatedTextOfThePaperIsAnAdditionAndTheOldOneARemoval() {
    RegistryDiff d = diff(ADAM, ADAM.replace("Learning rate typically 1e-4 to 1e-3 for most tasks", "Bias correction matters early on"));
    assertThat(d.recommendations().added()).extracting(DiffItem::key).containsExactly("Bias correction matters early on");
    assertThat(d.recommendations().removed()).extracting(DiffItem::key)
        .containsExactly("Learning rate typically 1e-4 to 1e-3 for most tasks");
    assertThat(d.recommendations().changed()).isEmpty();
  }

  @Test
  void aPaperMovedToTheAtticChangesItsRecommendationsStatus() {
    String attic = ADAM.replace("    sota:", "    attic:\n      reason: superseded by AdamW\n      superseded_by: \"1711.05101\"\n    sota:");
    RegistryDiff d = diff(ADAM, attic);
    assertThat(d.papers().changed()).singleElement().satisfies(m -> {
      assertThat(m.kinds()).containsExactly("attic", "superseded_by");
      assertThat(m.changes().get(1).after()).containsExactly("1711.05101");
    });
    assertThat(d.recommendations().changed()).hasSize(2).allSatisfy(m -> {
      assertThat(m.kinds()).containsExactly("status");
      assertThat(m.changes().get(0).before()).containsExactly("standard");
      assertThat(m.changes().get(0).after()).containsExactly("deprecated");
    });
  }

  @Test
  void aPaperRetaggedIsReportedWithThePaperNotAgainWithEachPlainRecommendation() {
    RegistryDiff d = diff(ADAM, ADAM.replace("topics: [optimization]", "topics: [optimization, adam]"));
    assertThat(d.papers().changed()).singleElement().satisfies(m -> assertThat(m.kinds()).containsExactly("retagged"));
    assertThat(d.recommendations().isEmpty()).isTrue();
    assertThat(d.topics().added()).extracting(DiffItem::key).containsExactly("adam");
  }

  @Test
  void aRecommendationOfItsOwnTopicIsRetaggedOnItsOwn() {
    String mapped = ADAM.replace("- Default choice for neural network training",
        "- {text: Default choice for neural network training, topic: optimizers}");
    RegistryDiff d = diff(ADAM, mapped);
    assertThat(d.recommendations().changed()).singleElement().satisfies(m -> {
      assertThat(m.kinds()).containsExactly("retagged");
      assertThat(m.changes().get(0).after()).containsExactly("optimizers");
    });
  }

  @Test
  void recommendationsAreMatchedByIdWhateverTheirText() {
    String withId = ADAM.replace("- Default choice for neural network training",
        "- {id: MLR-2014-Kingma001-0001, text: Default choice for neural network training}");
    String reworded = withId.replace("text: Default choice for neural network training", "text: Use it unless you know better");
    RegistryDiff d = diff(withId, reworded);
    assertThat(d.recommendations().changed()).singleElement().satisfies(m -> {
      assertThat(m.after().key()).isEqualTo("MLR-2014-Kingma001-0001");
      assertThat(m.kinds()).containsExactly("reworded");
    });
  }

  @Test
  void anIdAssignedIsAChangeOfTheSameRecommendation() {
    String withId = ADAM.replace("- Default choice for neural network training",
        "- {id: MLR-2014-Kingma001-0001, text: Default choice for neural network training}");
    RegistryDiff d = diff(ADAM, withId);
    assertThat(d.recommendations().changed()).singleElement()
        .satisfies(m -> assertThat(m.kinds()).containsExactly("id"));
  }

  @Test
  void aPaperThatGainsAnArxivIdIsMatchedByItsTitle() {
    String noId = ADAM.replace("    arxiv_id: \"1412.6980\"\n", "");
    RegistryDiff d = diff(noId, ADAM);
    assertThat(d.papers().added()).isEmpty();
    assertThat(d.papers().changed()).singleElement().satisfies(m -> assertThat(m.kinds()).containsExactly("arxiv_id"));
    assertThat(d.recommendations().isEmpty()).isTrue();
  }

  @Test
  void aPaperAddedBringsItsRecommendations() {
    String more = ADAM + """
        2017:
          - title: "Decoupled Weight Decay Regularization"
            arxiv_id: "1711.05101"
            first_author: Loshchilov
            year: 2017
            topics: [optimization]
            sota: [Use AdamW rather than Adam with L2]
        """;
    RegistryDiff d = diff(ADAM, more);
    assertThat(d.papers().added()).extracting(DiffItem::key).containsExactly("1711.05101");
    assertThat(d.recommendations().added()).singleElement().satisfies(i -> assertThat(i.field("paper")).isEqualTo("1711.05101"));
    assertThat(d.mirror()).isEqualTo(diff(more, ADAM));
  }

  @Test
  void findingsAreMatchedByWhatTheyAreAboutNotByLine() {
    Finding before = finding("HEAD~1:data/research.yaml", 10, "topic `MoE` is not hyphenated-lowercase");
    Finding moved = finding("data/research.yaml", 14, "topic `MoE` is not hyphenated-lowercase");
    Finding fresh = finding("data/research.yaml", 20, "topic `Bad Tag` is not hyphenated-lowercase");
    RegistryDiff d = RegistryDiffer.between(research(ADAM), List.of(before), research(ADAM), List.of(moved, fresh));
    assertThat(d.findings().introduced()).containsExactly(fresh);
    assertThat(d.findings().resolved()).isEmpty();
    assertThat(RegistryDiffer.between(research(ADAM), List.of(moved, fresh), research(ADAM), List.of(before)).findings().resolved())
        .containsExactly(fresh);
  }

  private static Finding finding(String file, int line, String message) {
    return Finding.builder().ruleId("naming/format").severity(Severity.WARNING).message(message)
        .span(new SourceSpan(file, line, 5, line, 8, 0, 3)).build();
  }

  @Test
  void topicsOfNoTaxonomyAreTheTagsInUse() {
    RegistryDiff d = RegistryDiffer.between(anthology(ADAM, null), anthology(ADAM.replace("[optimization]", "[optimisation]"), null));
    assertThat(d.topics().added()).extracting(DiffItem::key).containsExactly("optimisation");
    assertThat(d.topics().removed()).extracting(DiffItem::key).containsExactly("optimization");
  }
}
