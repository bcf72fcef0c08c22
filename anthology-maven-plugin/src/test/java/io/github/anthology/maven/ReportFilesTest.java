package io.github.anthology.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.api.Workspace;
import org.junit.jupiter.api.Test;

class ReportFilesTest {
  @Test
  void everyReportFormatHasAFileOfItsOwn() {
    assertThat(Workspace.reportFormats().stream().map(ReportFiles::name)).doesNotHaveDuplicates()
        .allMatch(name -> name.startsWith("anthology"))
        .contains("anthology.sarif", "anthology-junit.xml", "anthology-checkstyle.xml");
  }
}
