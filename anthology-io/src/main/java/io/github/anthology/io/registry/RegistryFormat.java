package io.github.anthology.io.registry;

import java.util.Locale;
import java.util.Optional;

/** The three spellings of a registry export, and the file names they go by. */
public enum RegistryFormat {
  YAML("registry.yaml"),
  JSON("registry.json"),
  /** One recommendation a line; read as a stream, never loaded whole. */
  JSONL("registry.jsonl");

  private final String fileName;

  RegistryFormat(String fileName) {
    this.fileName = fileName;
  }

  /** The conventional file name, e.g. {@code registry.json}. */
  public String fileName() {
    return fileName;
  }

  /** The format a file name's extension names ({@code .yaml}/{@code .yml}, {@code .json}, {@code .jsonl}). */
  public static Optional<RegistryFormat> ofFileName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
      return Optional.of(JSONL);
    }
    if (n.endsWith(".json")) {
      return Optional.of(JSON);
    }
    if (n.endsWith(".yaml") || n.endsWith(".yml")) {
      return Optional.of(YAML);
    }
    return Optional.empty();
  }
}
