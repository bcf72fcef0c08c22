package io.github.anthology.io;

import io.github.anthology.model.source.SourceSpan;

/**
 * The one answer to a registry file that holds nothing. research.yaml, taxonomy.yaml,
 * registry.yaml and registry.json each hold one document; a file with none (no bytes, or only
 * whitespace, or in YAML only comments) is far more often a file cut short or emptied by mistake
 * than a registry meant to be empty, so it is refused rather than read as a registry with nothing
 * in it. A JSONL export is a stream of zero or more lines and an {@code anthology.yaml} has only
 * optional keys, so those two read an empty file as empty.
 */
public final class EmptyFile {
  private EmptyFile() {}

  /** {@code FILE:1:1: the file is empty …}; {@code yaml} for a YAML file, where comments are nothing too. */
  public static ReadException of(String file, boolean yaml) {
    return new ReadException(new SourceSpan(file, 1, 1, 1, 1, 0, 0),
        "the file is empty (" + (yaml ? "no YAML document, only whitespace or comments" : "no JSON value, only whitespace")
            + "); an empty registry file is refused, since it is usually one cut short");
  }
}
