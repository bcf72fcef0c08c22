package io.github.anthology.api.edit;

/**
 * How the {@code <NNN>} of a new paper's recommendation ids is counted. Either way a new paper
 * continues after the highest number in use (in the registry, or in a published registry being
 * adopted): a gap is never filled, since it may be a removed paper whose ids were published.
 */
public enum IdNumbering {
  /** One count per first author and year: {@code MLR-2020-Li001}, then {@code MLR-2021-Li001}. */
  PER_YEAR,
  /** One count per first author across all years, as the reference system numbers papers. */
  PER_AUTHOR
}
