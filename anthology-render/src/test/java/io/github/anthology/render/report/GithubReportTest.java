package io.github.anthology.render.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GithubReportTest {
  private static List<String> lines() throws Exception {
    StringBuilder out = new StringBuilder();
    ReportFormat.GITHUB.create().write(Fixtures.findings(), out);
    return out.toString().lines().toList();
  }

  @Test
  void eachFindingIsOneAnnotationWithPlaceAndTitle() throws Exception {
    assertThat(lines()).hasSize(3);
    assertThat(lines().get(0)).startsWith(
        "::error file=research.yaml,line=12,col=5,endLine=12,endColumn=8,title=naming/format::topic `MoE`");
    assertThat(lines().get(0))
        .endsWith("(https://github.com/anthology/anthology/blob/main/docs/rules/naming/format.md)");
  }

  @Test
  void messageEscapesPercentAndLineBreaks() throws Exception {
    String warning = lines().get(1);
    assertThat(warning).startsWith("::warning file=research.yaml,line=20,col=1,");
    assertThat(warning).contains("::100%25 <overlap> & \"more\", a:b%0Asecond line");
  }

  @Test
  void propertiesAlsoEscapeColonAndComma() {
    assertThat(GithubReport.property("a:b,c%d\ne")).isEqualTo("a%3Ab%2Cc%25d%0Ae");
    assertThat(GithubReport.data("a:b,c\r")).isEqualTo("a:b,c%0D");
  }

  @Test
  void infoIsANoticeAndAFileWithoutPositionHasNoLine() throws Exception {
    assertThat(lines().get(2)).startsWith("::notice file=dir with space/taxonomy.yaml,title=custom/plugin::");
  }
}
