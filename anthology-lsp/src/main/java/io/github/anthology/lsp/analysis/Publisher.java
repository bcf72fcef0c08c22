package io.github.anthology.lsp.analysis;

import io.github.anthology.api.lint.Analysis;
import io.github.anthology.api.lint.LintFinding;
import io.github.anthology.api.rules.RuleDescription;
import io.github.anthology.lsp.text.Document;
import io.github.anthology.lsp.text.LineMap;
import io.github.anthology.lsp.text.OpenDocuments;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Sends a run's diagnostics: every file the run read gets its list (an empty one clears it), and a
 * file that had diagnostics from the scope's previous run and has none now is cleared.
 */
public final class Publisher {
  private final OpenDocuments documents;
  private final LanguageClient client;
  private final Map<Path, Set<Path>> published = new HashMap<>();

  /**
   * @param documents the open documents (for the names replies use)
   * @param client the editor
   */
  public Publisher(OpenDocuments documents, LanguageClient client) {
    this.documents = documents;
    this.client = client;
  }

  /**
   * @param snapshot a finished run
   * @param pages rule id to its documentation page
   */
  public void publish(Snapshot snapshot, Map<String, String> pages) {
    Map<Path, List<Diagnostic>> byFile = new LinkedHashMap<>();
    snapshot.analysis().ifPresent(a -> findings(a, pages, byFile));
    snapshot.failure().ifPresent(e -> {
      Path file = e.span().map(s -> Diagnostics.pathOf(s.file())).orElseGet(() -> fallback(snapshot));
      byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(Diagnostics.of(e, lines(snapshot, file)));
    });
    List<Diagnostic> server = new ArrayList<>();
    snapshot.analysis().ifPresent(a -> a.result().ruleErrors().stream().map(Diagnostics::of).forEach(server::add));
    snapshot.broken().map(Diagnostics::broken).ifPresent(server::add);
    if (!server.isEmpty()) {
      List<Path> targets = snapshot.documents().isEmpty() ? List.of(fallback(snapshot))
          : snapshot.documents().stream().map(Document::path).toList();
      targets.forEach(t -> byFile.computeIfAbsent(t, f -> new ArrayList<>()).addAll(server));
    }
    send(snapshot, byFile);
  }

  private void findings(Analysis analysis, Map<String, String> pages, Map<Path, List<Diagnostic>> byFile) {
    Map<String, Optional<LineMap>> maps = new HashMap<>();
    analysis.result().files().forEach(f -> byFile.put(Diagnostics.pathOf(f), new ArrayList<>()));
    for (LintFinding finding : analysis.result().findings()) {
      Optional<LineMap> lines = maps.computeIfAbsent(finding.file(), f -> map(analysis, f));
      byFile.computeIfAbsent(Diagnostics.pathOf(finding.file()), f -> new ArrayList<>()).add(Diagnostics.of(finding, lines,
          f -> maps.computeIfAbsent(f, g -> map(analysis, g)), documents::uriOf, pages));
    }
  }

  private synchronized void send(Snapshot snapshot, Map<Path, List<Diagnostic>> byFile) {
    Set<Path> before = published.getOrDefault(snapshot.scope().key(), Set.of());
    for (Path gone : before) {
      if (!byFile.containsKey(gone)) {
        client.publishDiagnostics(new PublishDiagnosticsParams(documents.uriOf(gone), List.of()));
      }
    }
    byFile.forEach((file, list) -> {
      PublishDiagnosticsParams params = new PublishDiagnosticsParams(documents.uriOf(file), list);
      snapshot.versionOf(file).ifPresent(params::setVersion);
      client.publishDiagnostics(params);
    });
    published.put(snapshot.scope().key(), Set.copyOf(byFile.keySet()));
  }

  /**
   * Clears every diagnostic a scope's runs published (its document was closed).
   *
   * @param scope the scope
   */
  public synchronized void clear(Scope scope) {
    for (Path file : published.getOrDefault(scope.key(), Set.of())) {
      client.publishDiagnostics(new PublishDiagnosticsParams(documents.uriOf(file), List.of()));
    }
    published.remove(scope.key());
  }

  /** The file a problem without a place is shown on: the configuration, else the first document read, else the scope's. */
  private static Path fallback(Snapshot snapshot) {
    return snapshot.documents().stream().map(Document::path).filter(p -> p.endsWith(Registries.CONFIG)).findFirst()
        .or(() -> snapshot.documents().stream().map(Document::path).findFirst())
        .orElseGet(() -> snapshot.scope().alone().orElse(snapshot.scope().directory().resolve(Registries.CONFIG)));
  }

  private static Optional<LineMap> lines(Snapshot snapshot, Path file) {
    return snapshot.documents().stream().filter(d -> d.path().equals(file)).findFirst().map(d -> new LineMap(d.text()));
  }

  private static Optional<LineMap> map(Analysis analysis, String file) {
    return Optional.ofNullable(analysis.texts().get(file)).map(LineMap::new);
  }

  /**
   * @param rules a workspace's rules
   * @return rule id to its documentation page, for those that have one
   */
  public static Map<String, String> pages(List<RuleDescription> rules) {
    Map<String, String> out = new HashMap<>();
    rules.forEach(r -> r.documentationUrl().ifPresent(u -> out.put(r.id(), u)));
    return out;
  }
}
