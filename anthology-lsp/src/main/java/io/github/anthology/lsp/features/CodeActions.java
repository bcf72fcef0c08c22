package io.github.anthology.lsp.features;

import io.github.anthology.api.lint.Analysis;
import io.github.anthology.api.lint.LintFinding;
import io.github.anthology.lsp.analysis.Diagnostics;
import io.github.anthology.lsp.analysis.Snapshot;
import io.github.anthology.lsp.text.Document;
import io.github.anthology.lsp.text.LineMap;
import io.github.anthology.model.source.TextEdit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.WorkspaceEdit;

/**
 * Quick fixes for the findings under a range: every mechanical fix a finding offers, as a
 * workspace edit over the texts the run read (so nothing outside the edited spans changes), and
 * "disable for this line", which writes a suppression comment above the finding's line whose
 * reason the curator then gives after {@code --} (until then the comment is itself reported).
 */
public final class CodeActions {
  private CodeActions() {}

  /**
   * @param doc the document
   * @param range the range the editor asks about
   * @param snapshot the latest run of its registry; it must have read the document's current text
   * @param uris the name of a file in replies
   * @return the actions, fixes first
   */
  public static List<CodeAction> at(Document doc, Range range, Snapshot snapshot, Function<Path, String> uris) {
    if (!snapshot.isCurrentFor(doc) || snapshot.analysis().isEmpty()) {
      return List.of();
    }
    Analysis analysis = snapshot.analysis().get();
    LineMap lines = new LineMap(doc.text());
    List<CodeAction> fixes = new ArrayList<>();
    List<CodeAction> disables = new ArrayList<>();
    for (LintFinding finding : analysis.result().findings()) {
      Range at = lines.range(finding.span());
      if (!Diagnostics.pathOf(finding.file()).equals(doc.path()) || !touches(at, range)) {
        continue;
      }
      Diagnostic diagnostic = new Diagnostic(at, finding.message(), null, Diagnostics.SOURCE, finding.ruleId());
      for (LintFinding.Fix fix : finding.fixes()) {
        edit(fix.edits(), analysis, uris).ifPresent(edit -> fixes.add(action(fix.description(), edit, diagnostic,
            fixes.isEmpty())));
      }
      if (!finding.ruleId().startsWith("suppression/")) {
        disables.add(action("Disable " + finding.ruleId() + " for this line (give the reason after --)",
            disable(doc, lines, at.getStart().getLine(), finding.ruleId()), diagnostic, false));
      }
    }
    fixes.addAll(disables);
    return fixes;
  }

  private static CodeAction action(String title, WorkspaceEdit edit, Diagnostic diagnostic, boolean preferred) {
    CodeAction action = new CodeAction(title);
    action.setKind(CodeActionKind.QuickFix);
    action.setEdit(edit);
    action.setDiagnostics(List.of(diagnostic));
    if (preferred) {
      action.setIsPreferred(true);
    }
    return action;
  }

  /** The fix's edits, by file, over the texts the run read; empty when a file's text is not at hand. */
  private static Optional<WorkspaceEdit> edit(List<TextEdit> edits, Analysis analysis, Function<Path, String> uris) {
    Map<String, List<org.eclipse.lsp4j.TextEdit>> changes = new LinkedHashMap<>();
    for (TextEdit e : edits) {
      String text = analysis.texts().get(e.file());
      if (text == null) {
        return Optional.empty();
      }
      changes.computeIfAbsent(uris.apply(Diagnostics.pathOf(e.file())), u -> new ArrayList<>())
          .add(new org.eclipse.lsp4j.TextEdit(new LineMap(text).range(e.startOffset(), e.endOffset()), e.replacement()));
    }
    return Optional.of(new WorkspaceEdit(changes));
  }

  private static WorkspaceEdit disable(Document doc, LineMap lines, int line, String ruleId) {
    int start = lines.lineStart(line);
    String text = doc.text().substring(start, lines.lineEnd(line));
    String indent = text.substring(0, text.length() - text.stripLeading().length());
    boolean markdown = doc.path().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".md");
    String comment = markdown ? "<!-- anthology-disable-next-line " + ruleId + " --  -->"
        : "# anthology-disable-next-line " + ruleId + " -- ";
    Range at = lines.range(start, start);
    String newline = doc.text().contains("\r\n") ? "\r\n" : "\n";
    return new WorkspaceEdit(Map.of(doc.uri(), List.of(new org.eclipse.lsp4j.TextEdit(at, indent + comment + newline))));
  }

  private static boolean touches(Range a, Range b) {
    return !before(a.getEnd(), b.getStart()) && !before(b.getEnd(), a.getStart());
  }

  private static boolean before(org.eclipse.lsp4j.Position x, org.eclipse.lsp4j.Position y) {
    return x.getLine() < y.getLine() || (x.getLine() == y.getLine() && x.getCharacter() < y.getCharacter());
  }
}
