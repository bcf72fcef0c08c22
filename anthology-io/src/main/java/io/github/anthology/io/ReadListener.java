package io.github.anthology.io;

/**
 * Told as a registry is read, for progress: how many files there are, once known, then each file
 * as its reading begins (in reading order, on the reading thread).
 */
public interface ReadListener {
  /** Hears nothing. */
  ReadListener NONE = new ReadListener() {
    @Override
    public void files(int count) {}

    @Override
    public void reading(String file) {}
  };

  /**
   * @param count how many files will be read
   */
  void files(int count);

  /**
   * @param file the file whose reading begins, as findings name it
   */
  void reading(String file);
}
