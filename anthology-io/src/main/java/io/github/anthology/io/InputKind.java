package io.github.anthology.io;

/** The kinds of file a registry is made of. */
public enum InputKind {
  RESEARCH,
  TAXONOMY,
  REGISTRY,
  READING_LIST,
  CONFIG
}
