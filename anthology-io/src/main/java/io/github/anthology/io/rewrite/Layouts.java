package io.github.anthology.io.rewrite;

import io.github.anthology.io.LoadedRegistry;
import io.github.anthology.io.ReadException;
import io.github.anthology.io.RegistryLoader;
import io.github.anthology.io.edit.ChangeSet;
import io.github.anthology.model.source.TextEdit;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** The layout of each file of a registry, made once per file, and the changes a set of edits makes. */
final class Layouts {
  private final Map<String, String> texts;
  private final Map<String, YamlLayout> byFile = new HashMap<>();

  Layouts(LoadedRegistry registry) {
    this.texts = registry.texts();
  }

  YamlLayout of(String file) {
    return byFile.computeIfAbsent(file, f -> {
      String text = texts.get(f);
      if (text == null) {
        throw new IllegalArgumentException(f + " was not read");
      }
      return new YamlLayout(f, text);
    });
  }

  /**
   * Applies the edits and reads the result back, so that a rewrite that would leave a file
   * unreadable fails before anything is written.
   */
  ChangeSet applyChecked(Collection<TextEdit> edits) throws ReadException {
    ChangeSet changes = apply(edits);
    try {
      RegistryLoader.read(changes.applyTo(texts));
    } catch (ReadException e) {
      throw new ReadException(e.span(), "this change would leave the file unreadable, so nothing was changed ("
          + e.problem() + "); please report it");
    }
    return changes;
  }

  /** Applies edits that a rewrite made not to overlap; an overlap is a bug in the rewrite. */
  ChangeSet apply(Collection<TextEdit> edits) {
    ChangeSet.Pass pass = ChangeSet.apply(texts, edits);
    if (!pass.deferred().isEmpty()) {
      throw new IllegalStateException("a rewrite made overlapping edits: " + pass.deferred());
    }
    return pass.changes();
  }
}
