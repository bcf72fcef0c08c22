package io.github.anthology.io.rewrite;

import io.github.anthology.io.LoadedRegistry;
import io.github.anthology.io.ReadException;
import io.github.anthology.io.RegistryLoader;
import io.github.anthology.io.edit.ChangeSet;
import io.github.anthology.io.edit.TextEdits;
import io.github.anthology.model.source.TextEdit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
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

  /**
   * Applies edits that a rewrite made not to overlap; an overlap is a bug in the rewrite. Edits
   * that only touch (a new line inserted right where a replaced name ends, a new topic right after
   * a renamed reference on the file's last line) are joined into one, in position order.
   */
  ChangeSet apply(Collection<TextEdit> edits) {
    ChangeSet.Pass pass = ChangeSet.apply(texts, joinTouching(edits));
    if (!pass.deferred().isEmpty()) {
      throw new IllegalStateException("a rewrite made overlapping edits: " + pass.deferred());
    }
    return pass.changes();
  }

  static List<TextEdit> joinTouching(Collection<TextEdit> edits) {
    List<TextEdit> sorted = new ArrayList<>(new LinkedHashSet<>(edits));
    sorted.sort(Comparator.comparing(TextEdit::file).thenComparing(TextEdits.ORDER));
    List<TextEdit> out = new ArrayList<>();
    for (TextEdit e : sorted) {
      TextEdit last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.file().equals(e.file()) && e.startOffset() == last.endOffset()) {
        out.set(out.size() - 1, new TextEdit(e.file(), last.startOffset(), e.endOffset(), last.replacement() + e.replacement()));
      } else {
        out.add(e);
      }
    }
    return out;
  }
}
