package io.github.anthology.io.rewrite;

import io.github.anthology.io.ids.Numbering;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How {@code ids} numbers: the scheme for a new paper's {@code <NNN>}, and optionally a published
 * registry whose ids are adopted first, with the similarity at or above which a reworded text still
 * takes its published id.
 */
public record IdOptions(Numbering numbering, Optional<Path> adopt, double similarity) {
  /** The similarity of texts (1 - edit distance / length) at or above which an id is adopted. */
  public static final double DEFAULT_SIMILARITY = 0.8;

  public IdOptions {
    if (!(similarity > 0 && similarity <= 1)) {
      throw new IllegalArgumentException("the similarity must be above 0 and at most 1, not " + similarity);
    }
  }

  /** Numbering per first author and year, nothing adopted. */
  public static IdOptions defaults() {
    return new IdOptions(Numbering.PER_YEAR, Optional.empty(), DEFAULT_SIMILARITY);
  }
}
