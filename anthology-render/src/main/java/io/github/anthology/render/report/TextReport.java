package io.github.anthology.render.report;

import io.github.anthology.rules.api.Finding;
import java.io.IOException;
import java.util.List;

/** One line a finding, {@code file:line:col: severity rule-id message}, then a count. */
public final class TextReport implements Report {
  @Override
  public void write(List<Finding> findings, Appendable out) throws IOException {
    for (Finding f : findings) {
      out.append(f.span().location()).append(": ").append(f.severity().label()).append(' ')
          .append(f.ruleId()).append(' ').append(f.message()).append('\n');
    }
    if (!findings.isEmpty()) {
      out.append('\n').append(Summary.of(findings).toString()).append('\n');
    }
  }
}
