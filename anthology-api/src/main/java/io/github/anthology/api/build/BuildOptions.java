package io.github.anthology.api.build;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how to build: the output directory, the date printed as "Last updated" (none by
 * default, so rebuilds of the same input give the same bytes), the largest registry whose site
 * table is written as HTML rows, and progress.
 *
 * @param out the directory to write into (created if missing; files of the same names are replaced)
 * @param date the date to print, or empty for none
 * @param pageRows the largest registry whose table index.html carries as rows; a larger one's is drawn by script
 * @param progress where progress goes
 */
public record BuildOptions(Path out, Optional<LocalDate> date, int pageRows, BuildProgress progress) {
  /** The default of {@link #pageRows}. */
  public static final int PAGE_ROWS = 5_000;

  /**
   * Checks the parts.
   *
   * @param out the directory to write into (created if missing; files of the same names are replaced)
   * @param date the date to print, or empty for none
   * @param pageRows the largest registry whose table index.html carries as rows; a larger one's is drawn by script
   * @param progress where progress goes
   * @throws NullPointerException when a part is null
   * @throws IllegalArgumentException when pageRows is negative
   */
  public BuildOptions {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(progress, "progress");
    if (pageRows < 0) {
      throw new IllegalArgumentException("pageRows must be 0 or more");
    }
  }

  /**
   * Build into a directory with every default.
   *
   * @param out the output directory
   * @return the options
   */
  public static BuildOptions into(Path out) {
    return new BuildOptions(out, Optional.empty(), PAGE_ROWS, BuildProgress.silent());
  }

  /**
   * The same options with a date to print.
   *
   * @param date the date
   * @return new options
   */
  public BuildOptions withDate(LocalDate date) {
    return new BuildOptions(out, Optional.of(date), pageRows, progress);
  }

  /**
   * The same options with another row limit.
   *
   * @param rows the largest registry written as HTML rows
   * @return new options
   */
  public BuildOptions withPageRows(int rows) {
    return new BuildOptions(out, date, rows, progress);
  }

  /**
   * The same options reporting progress somewhere.
   *
   * @param to where progress goes
   * @return new options
   */
  public BuildOptions withProgress(BuildProgress to) {
    return new BuildOptions(out, date, pageRows, to);
  }
}
