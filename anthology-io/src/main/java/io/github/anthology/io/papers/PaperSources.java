package io.github.anthology.io.papers;

import io.github.anthology.io.ReadException;
import io.github.anthology.io.papers.arxiv.ApiSettings;
import io.github.anthology.io.papers.arxiv.ArxivApi;
import io.github.anthology.io.papers.snapshot.SnapshotSource;
import io.github.anthology.model.source.SourceSpan;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Opens a source named as a command line names it: {@code arxiv}, or {@code snapshot FILE}. */
public final class PaperSources {
  private PaperSources() {}

  /**
   * @param words {@code [arxiv]} or {@code [snapshot, FILE]}
   * @param index the snapshot's side file (default: {@link SnapshotSource#defaultIndex})
   * @param endpoint the API's address (default: arXiv's)
   */
  public static PaperMetadataSource open(List<String> words, Optional<Path> index, Optional<URI> endpoint)
      throws ReadException {
    if (words.size() == 1 && words.get(0).equals("arxiv")) {
      return new ArxivApi(ApiSettings.standard().withEndpoint(endpoint.orElse(ApiSettings.ENDPOINT)));
    }
    if (words.size() == 2 && words.get(0).equals("snapshot")) {
      Path file = Path.of(words.get(1));
      return SnapshotSource.open(file, index.orElseGet(() -> SnapshotSource.defaultIndex(file)));
    }
    throw new ReadException(SourceSpan.ofFile("--source"),
        "expected `arxiv` or `snapshot FILE`, not `" + String.join(" ", words) + "`");
  }
}
