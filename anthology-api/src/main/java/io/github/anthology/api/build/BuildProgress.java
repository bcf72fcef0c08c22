package io.github.anthology.api.build;

/**
 * Progress of a build or a lint, for a client that shows it (a bar on a terminal). Both read first:
 * {@link #expect} with the number of files to read, once known, then {@link #step} as each file's
 * reading begins. A build then calls {@link #start} with the number of files to render,
 * {@link #step} as each is rendered and written, and {@link #close} at the end; a lint calls
 * {@link #step} when linting begins, and its caller (which may {@link #start} it first with the
 * steps of its own, such as linting and writing a report) closes it. Calls may come from several
 * threads, one at a time.
 */
public interface BuildProgress extends AutoCloseable {
  /**
   * The work begins.
   *
   * @param total how many steps it has
   */
  void start(long total);

  /**
   * More steps are known: the total grows by this many (the files to read, say).
   *
   * @param steps how many more
   */
  default void expect(long steps) {}

  /**
   * One step is under way.
   *
   * @param what e.g. {@code rendering index.html}
   */
  void step(String what);

  /** The work is over, done or failed. */
  @Override
  void close();

  /**
   * Progress that shows nothing.
   *
   * @return a silent progress
   */
  static BuildProgress silent() {
    return new BuildProgress() {
      @Override
      public void start(long total) {}

      @Override
      public void step(String what) {}

      @Override
      public void close() {}
    };
  }
}
