package io.github.anthology.api.build;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how to build: the output directory, the date printed as "Last updated" (none by
 * default, so rebuilds of the same input give the same bytes; or the day of the last git commit
 * that touched the inputs), the largest registry whose site table is written as HTML rows,
 * progress, the version to list changes since, and templates to render too.
 *
 * @param out the directory to write into (created if missing; files of the same names are replaced)
 * @param date the date to print, or empty for none
 * @param pageRows the largest registry whose table index.html carries as rows; a larger one's is drawn by script
 * @param progress where progress goes
 * @param dateOfLastCommit whether to print the day of the last git commit that touched the inputs (then date is empty)
 * @param since a git revision, or a previous version's file or directory, whose changes to the
 *     registry CHANGELOG.md and the site's "What changed" list; empty for neither
 * @param templates a directory of templates (Jinja syntax) to render too, or empty
 */
public record BuildOptions(Path out, Optional<LocalDate> date, int pageRows, BuildProgress progress,
    boolean dateOfLastCommit, Optional<String> since, Optional<Path> templates) {
  /** The default of {@link #pageRows}. */
  public static final int PAGE_ROWS = 5_000;

  /**
   * Checks the parts.
   *
   * @param out the directory to write into (created if missing; files of the same names are replaced)
   * @param date the date to print, or empty for none
   * @param pageRows the largest registry whose table index.html carries as rows; a larger one's is drawn by script
   * @param progress where progress goes
   * @param dateOfLastCommit whether to print the day of the last git commit that touched the inputs
   * @param since the version to list changes since, or empty
   * @param templates a directory of templates to render too, or empty
   * @throws NullPointerException when a part is null
   * @throws IllegalArgumentException when pageRows is negative, or both a date and the day of the last commit are asked for
   */
  public BuildOptions {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(templates, "templates");
    if (pageRows < 0) {
      throw new IllegalArgumentException("pageRows must be 0 or more");
    }
    if (dateOfLastCommit && date.isPresent()) {
      throw new IllegalArgumentException("a date or the day of the last commit, not both");
    }
  }

  /**
   * The options of a plain build: no changes listed, no templates.
   *
   * @param out the directory to write into
   * @param date the date to print, or empty for none
   * @param pageRows the largest registry whose table index.html carries as rows
   * @param progress where progress goes
   */
  public BuildOptions(Path out, Optional<LocalDate> date, int pageRows, BuildProgress progress) {
    this(out, date, pageRows, progress, false, Optional.empty(), Optional.empty());
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
   * @param day the date
   * @return new options
   */
  public BuildOptions withDate(LocalDate day) {
    return new BuildOptions(out, Optional.of(day), pageRows, progress, false, since, templates);
  }

  /**
   * The same options printing the day of the last git commit that touched the inputs.
   *
   * @return new options
   */
  public BuildOptions withDateOfLastCommit() {
    return new BuildOptions(out, Optional.empty(), pageRows, progress, true, since, templates);
  }

  /**
   * The same options with another row limit.
   *
   * @param rows the largest registry written as HTML rows
   * @return new options
   */
  public BuildOptions withPageRows(int rows) {
    return new BuildOptions(out, date, rows, progress, dateOfLastCommit, since, templates);
  }

  /**
   * The same options reporting progress somewhere.
   *
   * @param to where progress goes
   * @return new options
   */
  public BuildOptions withProgress(BuildProgress to) {
    return new BuildOptions(out, date, pageRows, to, dateOfLastCommit, since, templates);
  }

  /**
   * The same options adding CHANGELOG.md and the site's "What changed": the changes since a git
   * revision (read from the repository holding the inputs), or since a previous version's file or directory.
   *
   * @param version the revision or path
   * @return new options
   */
  public BuildOptions withChangesSince(String version) {
    return new BuildOptions(out, date, pageRows, progress, dateOfLastCommit, Optional.of(version), templates);
  }

  /**
   * The same options rendering a directory of templates too (see docs/templates.md).
   *
   * @param dir the templates, resolved against the working directory
   * @return new options
   */
  public BuildOptions withTemplates(Path dir) {
    return new BuildOptions(out, date, pageRows, progress, dateOfLastCommit, since, Optional.of(dir));
  }
}
