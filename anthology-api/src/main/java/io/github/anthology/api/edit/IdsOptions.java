package io.github.anthology.api.edit;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link io.github.anthology.api.Workspace#assignIds(IdsOptions)} numbers: the scheme for a new
 * paper's {@code <NNN>}, and optionally a published registry whose ids are adopted first, with the
 * similarity at or above which a reworded text still takes its published id.
 *
 * @param numbering how a new paper's number is counted
 * @param adopt a published registry.yaml, registry.json or registry.jsonl, or the reference system's
 *     mlr_registry.json, whose ids recommendations take first
 * @param similarity how alike (1 - edit distance / length) a reworded text must be to take its
 *     published id: above 0 and at most 1
 */
public record IdsOptions(IdNumbering numbering, Optional<Path> adopt, double similarity) {
  /** The default {@link #similarity}. */
  public static final double DEFAULT_SIMILARITY = 0.8;

  /**
   * Checks the parts.
   *
   * @param numbering how a new paper's number is counted
   * @param adopt a published registry whose ids are adopted first, if any
   * @param similarity above 0 and at most 1
   * @throws IllegalArgumentException when the similarity is out of range
   */
  public IdsOptions {
    Objects.requireNonNull(numbering, "numbering");
    Objects.requireNonNull(adopt, "adopt");
    if (!(similarity > 0 && similarity <= 1)) {
      throw new IllegalArgumentException("the similarity must be above 0 and at most 1, not " + similarity);
    }
  }

  /**
   * Numbering per first author and year, nothing adopted.
   *
   * @return the default options
   */
  public static IdsOptions defaults() {
    return new IdsOptions(IdNumbering.PER_YEAR, Optional.empty(), DEFAULT_SIMILARITY);
  }
}
