package io.github.anthology.maven;

import java.util.Map;

/** The file each report format is written to, in the report directory. */
final class ReportFiles {
  private static final Map<String, String> NAMES = Map.of(
      "text", "anthology.txt",
      "json", "anthology.json",
      "sarif", "anthology.sarif",
      "github", "anthology-github.txt",
      "junit", "anthology-junit.xml",
      "checkstyle", "anthology-checkstyle.xml");

  private ReportFiles() {}

  /**
   * @param format a report format's name
   * @return the file name its report is written to ({@code anthology.<format>} where that is unambiguous)
   */
  static String name(String format) {
    return NAMES.getOrDefault(format, "anthology." + format);
  }
}
