package io.github.anthology.rules.api;

import io.github.anthology.model.source.TextEdit;
import java.util.List;

/** A mechanical repair: text edits against the original files, all applied or none. */
public record Fix(String description, List<TextEdit> edits) {
  public Fix {
    edits = List.copyOf(edits);
  }
}
