package io.github.anthology.api.build;

/**
 * Progress of a build, for a client that shows it (a bar on a terminal); the workspace calls
 * {@link #start} once, {@link #step} as each file is rendered and written, and {@link #close} at
 * the end. Calls may come from several threads, one at a time.
 */
public interface BuildProgress extends AutoCloseable {
  /**
   * The work begins.
   *
   * @param total how many steps it has
   */
  void start(long total);

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
