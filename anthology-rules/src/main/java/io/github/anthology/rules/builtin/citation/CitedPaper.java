package io.github.anthology.rules.builtin.citation;

import io.github.anthology.model.Anthology;
import io.github.anthology.model.Paper;
import io.github.anthology.model.PaperMetadata;
import io.github.anthology.model.source.Scalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A paper of the registry with an arXiv id, and what the lock file records of that id. */
record CitedPaper(Paper paper, Scalar id, PaperMetadata metadata) {

  /** Every paper whose id the lock file records as an existing paper, in reading order. */
  static List<CitedPaper> found(Anthology anthology) {
    List<CitedPaper> out = new ArrayList<>();
    if (anthology.paperMetadata().isEmpty()) {
      return out;
    }
    for (Paper p : anthology.papers()) {
      if (p.arxivId().isPresent()) {
        Optional<PaperMetadata> m = anthology.metadataOf(p.arxivId().get().text());
        if (m.isPresent() && m.get().found()) {
          out.add(new CitedPaper(p, p.arxivId().get(), m.get()));
        }
      }
    }
    return out;
  }

  /**
   * Whether the entry's title is the paper's (either lacking a title counts as agreeing): only
   * then are its first author and year compared, since for a different paper they would differ
   * for that reason alone, and a fix would copy the wrong paper's facts.
   */
  boolean sameTitle() {
    return metadata.title().isEmpty() || paper.title().isBlank()
        || TitleSimilarity.of(paper.title(), metadata.title().get()) >= TitleSimilarity.DEFAULT_THRESHOLD;
  }

  /** The papers whose title agrees with their metadata. */
  static List<CitedPaper> confirmed(Anthology anthology) {
    return found(anthology).stream().filter(CitedPaper::sameTitle).toList();
  }

  /** What arXiv says of it in a few words: {@code "Title" by Ainslie et al., v1 2023-05-22}. */
  String describe() {
    List<String> parts = new ArrayList<>();
    metadata.title().ifPresent(t -> parts.add('"' + t + '"'));
    metadata.firstAuthor().ifPresent(a -> parts.add("by " + a.surname() + " et al.,"));
    metadata.firstVersion().ifPresent(d -> parts.add("v1 " + d));
    String text = String.join(" ", parts);
    return text.endsWith(",") ? text.substring(0, text.length() - 1) : text;
  }

  String arxivId() {
    return id.text().trim();
  }
}
