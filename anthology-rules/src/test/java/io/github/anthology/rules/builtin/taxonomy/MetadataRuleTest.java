package io.github.anthology.rules.builtin.taxonomy;

import static io.github.anthology.rules.Fixtures.lines;
import static io.github.anthology.rules.Fixtures.lint;
import static io.github.anthology.rules.Fixtures.registry;
import static io.github.anthology.rules.Fixtures.taxonomyOnly;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetadataRuleTest {
  @Test
  void completeTopicIsAccepted() {
    assertThat(lint(new MetadataRule(), taxonomyOnly(
        "topics:\n  - name: a\n    kind: process\n    summary: S\n    scope: [x]\n"))).isEmpty();
  }

  @Test
  void missingKindSummaryAndScopeAreReportedTogether() {
    assertThat(lines(lint(new MetadataRule(), taxonomyOnly("topics:\n  - name: a\n")))).containsExactly(
        "2:11 topic `a` has no `kind` (process or component), no `summary`, no `scope` items;"
            + " say what the topic covers");
  }

  @Test
  void badKindIsReportedWhereItStands() {
    assertThat(lines(lint(new MetadataRule(), taxonomyOnly(
        "topics:\n  - name: a\n    kind: thing\n    summary: S\n    scope: [x]\n")))).containsExactly(
        "3:11 topic `a` has kind `thing`; write process or component");
  }

  @Test
  void keyReferencesMustNameAPaper() {
    String taxonomy = "topics:\n  - name: a\n    kind: process\n    summary: S\n    scope: [x]\n"
        + "    key_references: [\"2005.14165\", \"1412.6980\"]\n";
    assertThat(lines(lint(new MetadataRule(), registry(taxonomy,
        "2020:\n  - title: GPT-3\n    arxiv_id: \"2005.14165\"\n")))).containsExactly(
        "6:36 key reference `1412.6980` of topic `a` names no paper of the registry; add the paper"
            + " or correct the arXiv id");
  }

  @Test
  void deprecatedTopicsNeedNoMetadata() {
    assertThat(lint(new MetadataRule(), taxonomyOnly(
        "topics:\n  - name: a\n    status: deprecated\n"))).isEmpty();
  }
}
