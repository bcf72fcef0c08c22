package io.github.anthology.rules.builtin.paper;

import static io.github.anthology.rules.Fixtures.lint;
import static io.github.anthology.rules.Fixtures.research;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.rules.api.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicatePaperRuleTest {
  private static final String TWICE = """
      2022:
        - title: PaLM
          arxiv_id: "2204.02311"
        - title: Other
          arxiv_id: "2204.00001"
      2023:
        - title: PaLM again
          arxiv_id: "2204.02311"
      """;

  @Test
  void paperListedTwiceIsReportedAtTheSecondEntry() {
    List<Finding> findings = lint(new DuplicatePaperRule(), research(TWICE));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.span().line()).isEqualTo(8);
      assertThat(f.message()).isEqualTo("paper `2204.02311` (PaLM again) is listed again; merge the two entries into one");
      assertThat(f.related()).singleElement().satisfies(r -> assertThat(r.span().line()).isEqualTo(3));
      assertThat(f.pointer()).contains("paper:2204.02311");
    });
  }

  @Test
  void distinctPapersAreAccepted() {
    assertThat(lint(new DuplicatePaperRule(), research(TWICE.replace("PaLM again\n    arxiv_id: \"2204.02311\"",
        "PaLM 2\n    arxiv_id: \"2305.10403\"")))).isEmpty();
  }

  @Test
  void papersWithoutIdsAreNotCompared() {
    assertThat(lint(new DuplicatePaperRule(), research("2022:\n  - title: A\n  - title: A\n"))).isEmpty();
  }
}
