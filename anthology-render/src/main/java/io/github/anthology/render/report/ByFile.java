package io.github.anthology.render.report;

import io.github.anthology.rules.api.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Findings grouped by file, files in the order they first appear. */
final class ByFile {
  private ByFile() {}

  static Map<String, List<Finding>> group(List<Finding> findings) {
    Map<String, List<Finding>> byFile = new LinkedHashMap<>();
    findings.forEach(f -> byFile.computeIfAbsent(f.span().file(), k -> new ArrayList<>()).add(f));
    return byFile;
  }
}
