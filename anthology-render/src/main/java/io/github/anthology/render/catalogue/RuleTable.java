package io.github.anthology.render.catalogue;

import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleMetadata;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A plain-text table of rules: id, default severity, whether it fixes, and its summary. */
public final class RuleTable {
  private static final String[] HEADER = {"RULE", "SEVERITY", "FIX", "SUMMARY"};

  private RuleTable() {}

  /** Writes the rules sorted by id, columns padded to their widest cell. */
  public static void write(List<Rule> rules, Appendable out) throws IOException {
    List<String[]> rows = new ArrayList<>();
    rules.stream().map(Rule::metadata).sorted(Comparator.comparing(RuleMetadata::id)).forEach(m ->
        rows.add(new String[] {m.id(), m.defaultSeverity().label(), m.fixable() ? "yes" : "", m.summary()}));
    int[] widths = new int[HEADER.length - 1];
    for (String[] row : concat(HEADER, rows)) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    for (String[] row : concat(HEADER, rows)) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < widths.length; i++) {
        line.append(row[i]).append(" ".repeat(widths[i] - row[i].length() + 2));
      }
      out.append(line.append(row[widths.length]).toString().stripTrailing()).append('\n');
    }
  }

  private static List<String[]> concat(String[] header, List<String[]> rows) {
    List<String[]> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    return all;
  }
}
