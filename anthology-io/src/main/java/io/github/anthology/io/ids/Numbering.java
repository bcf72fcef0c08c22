package io.github.anthology.io.ids;

/**
 * How the {@code <NNN>} of a new paper's ids is counted. Either way a new paper continues after the
 * highest number in use (in the registry or in a published registry being adopted): a gap is never
 * filled, since it may be a removed paper whose ids were published.
 */
public enum Numbering {
  /** One count per first author and year: {@code MLR-2020-Li001}, then {@code MLR-2021-Li001}. */
  PER_YEAR,
  /**
   * One count per first author across all years, as the reference system numbers papers:
   * {@code MLR-2017-Li001}, {@code MLR-2020-Li002}, {@code MLR-2021-Li003}.
   */
  PER_AUTHOR
}
