package io.github.anthology.calc.report;

import java.util.ArrayList;
import java.util.List;

/** A plain aligned table: the first column left-aligned, the others right-aligned, two spaces between. */
final class Table {
  private final List<String[]> rows = new ArrayList<>();
  private final List<Integer> rules = new ArrayList<>();

  Table row(String... cells) {
    rows.add(cells);
    return this;
  }

  /** A dashed line before the next row. */
  Table rule() {
    rules.add(rows.size());
    return this;
  }

  String render() {
    int columns = rows.stream().mapToInt(r -> r.length).max().orElse(0);
    int[] width = new int[columns];
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        width[i] = Math.max(width[i], r[i].length());
      }
    }
    int total = 0;
    for (int w : width) {
      total += w;
    }
    total += 2 * (columns - 1);
    StringBuilder out = new StringBuilder();
    for (int n = 0; n < rows.size(); n++) {
      if (rules.contains(n)) {
        out.append("-".repeat(total)).append('\n');
      }
      String[] r = rows.get(n);
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < r.length; i++) {
        String pad = " ".repeat(width[i] - r[i].length());
        line.append(i == 0 ? r[i] + pad : "  " + pad + r[i]);
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }
}
