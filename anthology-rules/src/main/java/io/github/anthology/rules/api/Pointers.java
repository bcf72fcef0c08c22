package io.github.anthology.rules.api;

import io.github.anthology.model.Paper;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.source.Scalar;

/** Stable pointers that name the entity a finding is about, whatever line it moves to. */
public final class Pointers {
  private Pointers() {}

  public static String topic(String name) {
    return "topic:" + name;
  }

  /** The paper's arXiv id when it has one, else its JSON Pointer in the document. */
  public static String paper(Paper paper) {
    return paper.arxivId().map(Scalar::text).map(id -> "paper:" + id).orElse(paper.pointer());
  }

  /** The recommendation's id when it has one, else its JSON Pointer in the document. */
  public static String recommendation(Recommendation rec) {
    return rec.id().map(Scalar::text).map(id -> "recommendation:" + id).orElse(rec.pointer());
  }
}
