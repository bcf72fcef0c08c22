package io.github.anthology.render.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.rules.engine.RuleRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReportTest {
  private static String render(boolean colour) throws Exception {
    StringBuilder out = new StringBuilder();
    ReportFormat.TEXT.create(ReportContext.of(RuleRegistry.load(), colour)).write(Fixtures.findings(), out);
    return out.toString();
  }

  @Test
  void findingsAreGroupedUnderTheirFile() throws Exception {
    List<String> lines = render(false).lines().toList();
    assertThat(lines.get(0)).isEqualTo("research.yaml");
    assertThat(lines.get(1)).isEqualTo(
        "research.yaml:12:5: error naming/format topic `MoE` is not hyphenated-lowercase; rename it to `moe`");
    assertThat(lines).contains("dir with space/taxonomy.yaml", "dir with space/taxonomy.yaml: info custom/plugin no position here");
  }

  @Test
  void summaryAndADocumentationLinkPerRuleFollow() throws Exception {
    assertThat(render(false)).contains("1 error, 1 warning, 1 info")
        .contains("  naming/format: https://github.com/anthology/anthology/blob/main/docs/rules/naming/format.md");
  }

  @Test
  void aMessageWithControlCharactersStaysOnItsLineEscaped() throws Exception {
    assertThat(render(false).lines()).contains(
        "research.yaml:20:1: warning taxonomy/overlap-merge 100% <overlap> & \"more\", a:b\\nsecond line \\x01 end")
        .noneMatch(l -> l.startsWith("second line"));
  }

  @Test
  void plainTextHasNoEscapeCodes() throws Exception {
    assertThat(render(false)).doesNotContain("\u001b[");
  }

  @Test
  void colourMarksSeveritiesWhenAsked() throws Exception {
    assertThat(render(true)).contains("\u001b[31merror\u001b[0m").contains("\u001b[33mwarning\u001b[0m");
  }

  @Test
  void noFindingsPrintNothing() throws Exception {
    StringBuilder out = new StringBuilder();
    new TextReport().write(List.of(), out);
    assertThat(out.toString()).isEmpty();
  }
}
