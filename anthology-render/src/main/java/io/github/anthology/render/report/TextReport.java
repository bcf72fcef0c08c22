package io.github.anthology.render.report;

import io.github.anthology.render.text.TerminalText;
import io.github.anthology.rules.api.Finding;
import io.github.anthology.rules.api.Severity;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Findings grouped by file: a header per file, then one {@code file:line:col: severity rule-id
 * message} line per finding, flush left (clickable in terminals and editors), a count, and the documentation
 * link of every rule that fired and has one. ANSI colour only when the context asks for it; the user's text
 * never brings its own control characters ({@link TerminalText}).
 */
public final class TextReport implements Report {
  private final ReportContext context;
  private final Ansi ansi;

  public TextReport() {
    this(ReportContext.defaults());
  }

  public TextReport(ReportContext context) {
    this.context = context;
    this.ansi = new Ansi(context.colour());
  }

  @Override
  public void write(List<Finding> findings, Appendable out) throws IOException {
    Map<String, List<Finding>> byFile = ByFile.group(findings);
    for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
      out.append(ansi.bold(TerminalText.escape(file.getKey()))).append('\n');
      for (Finding f : file.getValue()) {
        out.append(TerminalText.escape(f.span().location())).append(": ").append(severity(f.severity()))
            .append(' ').append(ansi.dim(f.ruleId())).append(' ').append(TerminalText.escape(f.message())).append('\n');
      }
      out.append('\n');
    }
    if (findings.isEmpty()) {
      return;
    }
    out.append(Summary.of(findings).toString()).append('\n');
    TreeSet<String> rules = new TreeSet<>();
    findings.forEach(f -> rules.add(f.ruleId()));
    for (String rule : rules) {
      Optional<String> link = context.documentationUrl(rule);
      if (link.isPresent()) {
        out.append("  ").append(rule).append(": ").append(TerminalText.escape(link.get())).append('\n');
      }
    }
  }

  private String severity(Severity s) {
    return switch (s) {
      case ERROR -> ansi.red(s.label());
      case WARNING -> ansi.yellow(s.label());
      case INFO -> ansi.cyan(s.label());
    };
  }
}
