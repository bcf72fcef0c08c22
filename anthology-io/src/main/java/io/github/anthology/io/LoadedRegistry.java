package io.github.anthology.io;

import io.github.anthology.model.Anthology;
import java.util.Map;

/** An anthology and the text of every file it was read from, by displayed file name. */
public record LoadedRegistry(Anthology anthology, Map<String, String> texts) {
  public LoadedRegistry {
    texts = Map.copyOf(texts);
  }
}
