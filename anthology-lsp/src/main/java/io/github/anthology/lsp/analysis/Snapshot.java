package io.github.anthology.lsp.analysis;

import io.github.anthology.api.AnthologyException;
import io.github.anthology.api.lint.Analysis;
import io.github.anthology.lsp.text.Document;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of one lint run of a scope: the analysis, or why there is none (the registry cannot
 * be read or configured, or the run itself broke), with the editor's documents it read.
 *
 * @param scope what was linted
 * @param documents the open documents read, at the versions read
 * @param analysis the run's model, texts and findings, when the registry could be read
 * @param failure why it could not, when it could not
 * @param broken a failure of the server itself (a bug), in one line, when the run broke
 */
public record Snapshot(Scope scope, List<Document> documents, Optional<Analysis> analysis,
    Optional<AnthologyException> failure, Optional<String> broken) {

  /**
   * Copies the list.
   */
  public Snapshot {
    documents = List.copyOf(documents);
  }

  /**
   * @param file a file
   * @return the version of it this run read from the editor, if it read the editor's text
   */
  public Optional<Integer> versionOf(Path file) {
    return documents.stream().filter(d -> d.path().equals(file)).map(Document::version).findFirst();
  }

  /**
   * @param doc an open document
   * @return whether this run read exactly that text of it
   */
  public boolean isCurrentFor(Document doc) {
    return versionOf(doc.path()).filter(v -> v == doc.version()).isPresent();
  }
}
