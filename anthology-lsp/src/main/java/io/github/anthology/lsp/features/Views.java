package io.github.anthology.lsp.features;

import io.github.anthology.api.AnthologyException;
import io.github.anthology.lsp.analysis.Analyser;
import io.github.anthology.lsp.analysis.Diagnostics;
import io.github.anthology.lsp.analysis.Registries;
import io.github.anthology.lsp.analysis.Scope;
import io.github.anthology.lsp.analysis.Snapshot;
import io.github.anthology.lsp.text.Document;
import io.github.anthology.lsp.text.OpenDocuments;
import io.github.anthology.model.Anthology;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import java.util.function.Function;

/**
 * The registry a request about a document is answered from: the latest run when it read the
 * document's current text, else a fresh read of the registry (no rules run; reading is quick),
 * else, when the text does not read (half-typed), the latest run as it was.
 */
public final class Views {
  private final Registries registries;
  private final Analyser analyser;
  private final OpenDocuments documents;

  /**
   * @param registries which registry a file belongs to
   * @param analyser the runs
   * @param documents the open documents
   */
  public Views(Registries registries, Analyser analyser, OpenDocuments documents) {
    this.registries = registries;
    this.analyser = analyser;
    this.documents = documents;
  }

  /**
   * @param doc an open document
   * @return its registry, or empty when it belongs to none or none could ever be read
   */
  public Optional<View> of(Document doc) {
    Optional<Snapshot> snapshot = analyser.latestFor(doc.path());
    if (snapshot.isPresent() && snapshot.get().isCurrentFor(doc) && snapshot.get().analysis().isPresent()) {
      var analysis = snapshot.get().analysis().get();
      return Optional.of(new View(analysis.anthology(), f -> Optional.ofNullable(analysis.texts().get(f)), true));
    }
    Optional<Scope> scope = registries.scopeOf(doc.path());
    if (scope.isPresent()) {
      try {
        Anthology fresh = registries.prepare(scope.get()).workspace().read();
        return Optional.of(new View(fresh, this::text, true));
      } catch (AnthologyException | RuntimeException e) {
        // not readable as it stands: answer from the last run
      }
    }
    return snapshot.flatMap(Snapshot::analysis)
        .map(a -> new View(a.anthology(), f -> Optional.ofNullable(a.texts().get(f)), false));
  }

  private Optional<String> text(String file) {
    var path = Diagnostics.pathOf(file);
    Optional<String> open = documents.get(path).map(Document::text);
    if (open.isPresent()) {
      return open;
    }
    try {
      return Optional.of(Files.readString(path));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** @return the function that reads any file's current text */
  public Function<String, Optional<String>> texts() {
    return this::text;
  }
}
