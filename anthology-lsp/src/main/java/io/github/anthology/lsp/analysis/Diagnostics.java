package io.github.anthology.lsp.analysis;

import io.github.anthology.api.AnthologyException;
import io.github.anthology.api.lint.Level;
import io.github.anthology.api.lint.LintFinding;
import io.github.anthology.api.lint.RuleError;
import io.github.anthology.lsp.text.LineMap;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/** Findings, unreadable input and failed rules as the protocol's diagnostics, all from source {@value #SOURCE}. */
public final class Diagnostics {
  /** The source every diagnostic names. */
  public static final String SOURCE = "anthology";
  /** The code of a diagnostic about the server's own work (a rule that threw, a registry it cannot read). */
  public static final String SERVER_CODE = "anthology/server";

  private Diagnostics() {}

  /**
   * @param finding a finding
   * @param lines the map of the text the finding was made on, or empty when it is not at hand
   * @param related the map of any file's text, for related places
   * @param uris the name of a file in replies
   * @param pages rule id to its documentation page
   * @return the diagnostic
   */
  public static Diagnostic of(LintFinding finding, Optional<LineMap> lines, Function<String, Optional<LineMap>> related,
      Function<Path, String> uris, Map<String, String> pages) {
    Range range = lines.map(l -> l.range(finding.span())).orElseGet(() -> LineMap.spanRange(finding.span()));
    Diagnostic d = new Diagnostic(range, finding.message(), severity(finding.level()), SOURCE, finding.ruleId());
    String page = pages.get(finding.ruleId());
    if (page != null) {
      d.setCodeDescription(new DiagnosticCodeDescription(page));
    }
    if (!finding.related().isEmpty()) {
      d.setRelatedInformation(finding.related().stream().map(note -> new DiagnosticRelatedInformation(
          new Location(uris.apply(pathOf(note.span().file())),
              related.apply(note.span().file()).map(l -> l.range(note.span())).orElseGet(() -> LineMap.spanRange(note.span()))),
          note.message())).toList());
    }
    return d;
  }

  /**
   * @param failure why the registry cannot be read or configured
   * @param lines the map of the text the place is in, if at hand
   * @return one error at the place, or at the file's start
   */
  public static Diagnostic of(AnthologyException failure, Optional<LineMap> lines) {
    Range range = failure.span().map(s -> lines.map(l -> l.range(s)).orElseGet(() -> LineMap.spanRange(s)))
        .orElseGet(Diagnostics::top);
    return new Diagnostic(range, failure.problem(), DiagnosticSeverity.Error, SOURCE, SERVER_CODE);
  }

  /**
   * @param error a rule that threw
   * @return an error at the file's start naming the rule and its plugin
   */
  public static Diagnostic of(RuleError error) {
    return new Diagnostic(top(), error.message(), DiagnosticSeverity.Error, SOURCE, SERVER_CODE);
  }

  /**
   * @param problem the server's own failure, in one line
   * @return an error at the file's start
   */
  public static Diagnostic broken(String problem) {
    return new Diagnostic(top(), "anthology: internal error: " + problem + "; the session goes on", DiagnosticSeverity.Error,
        SOURCE, SERVER_CODE);
  }

  /**
   * @param file a file as findings name it
   * @return the file, absolute and normalised
   */
  public static Path pathOf(String file) {
    return Path.of(file).toAbsolutePath().normalize();
  }

  private static Range top() {
    return new Range(new Position(0, 0), new Position(0, 0));
  }

  private static DiagnosticSeverity severity(Level level) {
    return switch (level) {
      case ERROR -> DiagnosticSeverity.Error;
      case WARNING -> DiagnosticSeverity.Warning;
      default -> DiagnosticSeverity.Information;
    };
  }
}
