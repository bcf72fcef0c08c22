package io.github.anthology.api.papers;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where paper metadata comes from: the arXiv API (one request every 3 s), or arXiv's JSON-lines
 * metadata snapshot (indexed once into a side file).
 *
 * @param words {@code [arxiv]} or {@code [snapshot, FILE]}, as a command line names the source
 * @param index the snapshot's side file (default: FILE.anthology-index beside it, or in
 *     ~/.cache/anthology when that directory is read-only)
 * @param apiUrl the arXiv API's query address (default: https://export.arxiv.org/api/query)
 */
public record PaperSource(List<String> words, Optional<Path> index, Optional<URI> apiUrl) {
  /**
   * Copies the words.
   *
   * @param words the source's name and, for a snapshot, its file
   * @param index the snapshot's side file, or empty for the default
   * @param apiUrl the API's address, or empty for arXiv's
   */
  public PaperSource {
    words = List.copyOf(words);
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(apiUrl, "apiUrl");
  }

  /**
   * The arXiv API.
   *
   * @return the source
   */
  public static PaperSource arxiv() {
    return new PaperSource(List.of("arxiv"), Optional.empty(), Optional.empty());
  }

  /**
   * arXiv's metadata snapshot.
   *
   * @param file the JSON-lines snapshot
   * @return the source
   */
  public static PaperSource snapshot(Path file) {
    return new PaperSource(List.of("snapshot", file.toString()), Optional.empty(), Optional.empty());
  }
}
