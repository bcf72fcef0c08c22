package io.github.anthology.rules.builtin.citation;

import static io.github.anthology.rules.Fixtures.lint;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.model.PaperMetadata;
import org.junit.jupiter.api.Test;

class UnknownIdRuleTest {
  private static final String YAML = """
      2023:
        - title: "A"
          arxiv_id: "2301.99999"
          attic:
            reason: superseded
            superseded_by: ["2305.13245", "2302.99999v2"]
            see_also: MLR-2023-A001-0001
      """;

  @Test
  void everyPlaceThatCitesAnIdArxivDoesNotHaveIsAnError() {
    var findings = lint(new UnknownIdRule(), Cited.registry(YAML, PaperMetadata.notFound("2301.99999", "arxiv-api"),
        PaperMetadata.notFound("2302.99999", "arxiv-api"), Cited.GQA));
    assertThat(io.github.anthology.rules.Fixtures.lines(findings)).containsExactly(
        "3:15 arXiv has no paper `2301.99999` (arxiv-api, recorded in the lock file); correct the id",
        "6:37 arXiv has no paper `2302.99999v2` (arxiv-api, recorded in the lock file); correct the id");
  }

  @Test
  void anIdWithoutAnEntryIsUncheckedNotUnknown() {
    assertThat(lint(new UnknownIdRule(), Cited.registry(YAML))).isEmpty();
    assertThat(lint(new UnknownIdRule(), Cited.registry(YAML, Cited.GQA))).isEmpty();
  }
}
