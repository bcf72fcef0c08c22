package io.github.anthology.lsp.text;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/** The documents the editor has open, by file: safe to read from any thread while the editor edits. */
public final class OpenDocuments {
  private final Map<Path, Document> byPath = new ConcurrentHashMap<>();

  /**
   * @param uri a {@code file:} URI as the editor sends it
   * @return the file it names, absolute and normalised
   * @throws IllegalArgumentException when it is not a file URI
   */
  public static Path pathOf(String uri) {
    return Path.of(URI.create(uri)).toAbsolutePath().normalize();
  }

  /**
   * @param uri the document
   * @param version its version
   * @param text its text
   * @return the document
   */
  public Document open(String uri, int version, String text) {
    Document doc = new Document(uri, pathOf(uri), version, text);
    byPath.put(doc.path(), doc);
    return doc;
  }

  /**
   * Applies the editor's changes in order: a change with a range replaces that range, one without
   * replaces the whole text.
   *
   * @param uri the document
   * @param version its new version
   * @param changes the changes
   * @return the changed document, or empty when it is not open
   */
  public Optional<Document> change(String uri, int version, List<TextDocumentContentChangeEvent> changes) {
    Path path = pathOf(uri);
    Document changed = byPath.computeIfPresent(path, (p, doc) -> {
      String text = doc.text();
      for (TextDocumentContentChangeEvent change : changes) {
        if (change.getRange() == null) {
          text = change.getText();
        } else {
          LineMap lines = new LineMap(text);
          int start = lines.offset(change.getRange().getStart());
          int end = Math.max(start, lines.offset(change.getRange().getEnd()));
          text = text.substring(0, start) + change.getText() + text.substring(end);
        }
      }
      return new Document(doc.uri(), p, version, text);
    });
    return Optional.ofNullable(changed);
  }

  /**
   * @param uri the document to forget
   * @return the document closed, or empty when it was not open
   */
  public Optional<Document> close(String uri) {
    return Optional.ofNullable(byPath.remove(pathOf(uri)));
  }

  /**
   * @param path a file
   * @return its open document
   */
  public Optional<Document> get(Path path) {
    return Optional.ofNullable(byPath.get(path.toAbsolutePath().normalize()));
  }

  /** @return every open document, at this moment */
  public List<Document> all() {
    return List.copyOf(byPath.values());
  }

  /**
   * The name replies give a file: the editor's own URI when it is open, else the file's URI.
   *
   * @param path a file
   * @return its URI
   */
  public String uriOf(Path path) {
    Document doc = byPath.get(path.toAbsolutePath().normalize());
    return doc != null ? doc.uri() : path.toAbsolutePath().normalize().toUri().toString();
  }
}
