package io.github.anthology.api.build;

/**
 * A live preview: the build's output served on 127.0.0.1, rebuilt when an input changes; the
 * served page reloads itself on a newer build. A build that fails (a file broken mid-edit) is
 * reported and the last good one stays served. Close it to stop serving.
 */
public interface Preview extends AutoCloseable {
  /**
   * Where the output is served.
   *
   * @return e.g. {@code http://127.0.0.1:8040/}
   */
  String url();

  /**
   * The number of the build being served; the first is 1.
   *
   * @return the number
   */
  long build();

  /** Stops watching and serving; the output directory is left as it is. */
  @Override
  void close();
}
