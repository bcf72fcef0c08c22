package io.github.anthology.render.report;

import io.github.anthology.model.source.SourceSpan;
import io.github.anthology.rules.api.Finding;
import java.io.IOException;
import java.util.List;

/**
 * GitHub Actions workflow commands, one {@code ::error file=..,line=..,col=..,title=RULE::message}
 * per finding, so findings show as annotations on a pull request.
 */
public final class GithubReport implements Report {
  private final ReportContext context;

  /** With every rule on the class path known, for their documentation links. */
  public GithubReport() {
    this(ReportContext.defaults());
  }

  public GithubReport(ReportContext context) {
    this.context = context;
  }

  @Override
  public void write(List<Finding> findings, Appendable out) throws IOException {
    for (Finding f : findings) {
      SourceSpan s = f.span();
      out.append("::").append(level(f)).append(" file=").append(property(s.file()));
      if (s.hasPosition()) {
        out.append(",line=").append(Integer.toString(s.line()))
            .append(",col=").append(Integer.toString(s.column()))
            .append(",endLine=").append(Integer.toString(s.endLine()))
            .append(",endColumn=").append(Integer.toString(s.endColumn()));
      }
      out.append(",title=").append(property(f.ruleId()))
          .append("::").append(data(f.message() + context.documentationUrl(f.ruleId()).map(u -> " (" + u + ")").orElse(""))).append('\n');
    }
  }

  private static String level(Finding f) {
    return switch (f.severity()) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "notice";
    };
  }

  /** The message part: {@code %}, CR and LF are escaped (as the runner's own toolkit does). */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** A property value: as data, and also {@code :} and {@code ,}, which separate properties. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
