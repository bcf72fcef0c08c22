package io.github.anthology.cli.commands;

import io.github.anthology.io.ReadException;
import io.github.anthology.io.papers.PaperMetadataSource;
import io.github.anthology.io.papers.PaperSources;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Where the {@code papers} commands take metadata from. */
final class PaperSourceOptions {
  @Option(names = "--source", arity = "1..2", paramLabel = "SOURCE",
      description = "`arxiv` (the arXiv API, one request every 3 s; the default of refresh) or"
          + " `snapshot FILE` (arXiv's JSON-lines metadata snapshot, indexed once into a side file).")
  List<String> words;

  @Option(names = "--index", paramLabel = "FILE",
      description = "The snapshot's side file (default: FILE.anthology-index beside it, or in ~/.cache/anthology"
          + " when that directory is read-only).")
  Path index;

  @Option(names = "--api-url", paramLabel = "URL",
      description = "The arXiv API's query address (default: https://export.arxiv.org/api/query), e.g. a mirror.")
  URI apiUrl;

  /** The named source, or the arXiv API. */
  PaperMetadataSource open() throws ReadException {
    return PaperSources.open(words == null ? List.of("arxiv") : words, Optional.ofNullable(index),
        Optional.ofNullable(apiUrl));
  }

  /** The named source, if one was named. */
  Optional<PaperMetadataSource> openIfNamed() throws ReadException {
    return words == null ? Optional.empty() : Optional.of(open());
  }
}
