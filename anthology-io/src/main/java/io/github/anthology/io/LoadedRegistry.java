package io.github.anthology.io;

import io.github.anthology.model.Anthology;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** An anthology and the text of every file it was read from, by displayed file name, in reading order. */
public record LoadedRegistry(Anthology anthology, Map<String, String> texts) {
  public LoadedRegistry {
    texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
  }
}
