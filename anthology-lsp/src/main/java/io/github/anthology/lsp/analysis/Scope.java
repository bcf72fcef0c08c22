package io.github.anthology.lsp.analysis;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What one lint run reads: a registry directory (its configuration's inputs, or the registry files
 * found in it) with the open documents among them, or one document alone (a file that is none of
 * a registry's files, such as a new research.yaml not saved yet).
 *
 * @param directory the registry's directory: where {@code anthology.yaml} is, or the document's own
 * @param alone the document read alone, if this scope is one
 */
public record Scope(Path directory, Optional<Path> alone) {
  /**
   * @return what tells one scope's runs from another's
   */
  public Path key() {
    return alone.orElse(directory);
  }

  /**
   * @param file a file
   * @return whether a change of it concerns this scope: it is the scope's document, or lies in its directory's tree
   */
  public boolean covers(Path file) {
    return alone.map(file::equals).orElse(file.startsWith(directory));
  }
}
