package io.github.anthology.lsp.features;

import io.github.anthology.model.source.Scalar;

/**
 * A scalar of the registry that names something: a topic, a paper by its arXiv id, or a
 * recommendation by its id.
 *
 * @param scalar the scalar as written, with its place
 * @param role what it names
 */
public record Place(Scalar scalar, Role role) {
  /** What a scalar names. */
  public enum Role {
    /** A topic, where it is declared or used. */
    TOPIC,
    /** A paper, by its arXiv id. */
    PAPER,
    /** A recommendation, by its id. */
    RECOMMENDATION
  }

  /** @return the scalar's text */
  public String text() {
    return scalar.text();
  }
}
