package io.github.anthology.io;

import io.github.anthology.model.Anthology;
import io.github.anthology.model.ImmutableAnthology;
import io.github.anthology.model.PaperMetadata;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** An anthology and the text of every file it was read from, by displayed file name, in reading order. */
public record LoadedRegistry(Anthology anthology, Map<String, String> texts) {
  public LoadedRegistry {
    texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
  }

  /**
   * The same registry with this paper metadata (a lock file's entries): how a re-read of edited
   * texts keeps the metadata it was first read with.
   */
  public LoadedRegistry withPaperMetadata(Map<String, PaperMetadata> metadata) {
    return metadata.equals(anthology.paperMetadata()) ? this
        : new LoadedRegistry(ImmutableAnthology.copyOf(anthology).withPaperMetadata(metadata), texts);
  }
}
