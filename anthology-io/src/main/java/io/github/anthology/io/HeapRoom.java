package io.github.anthology.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Refuses at once a read that cannot fit the heap, instead of finding out after a minute of
 * garbage collection. A text that is held is in memory at least three times over while it is read
 * (its bytes, the decoded text, and the scalars cut from it, before any node or record), so files
 * held whole of more than a third of the heap cannot be read; the run stops with an
 * {@link OutOfMemoryError}, which the command line reports with how much memory to give. A bound
 * that is certain, not an estimate: a file that passes may still need more (about 24 times a
 * research.yaml), which the launcher sizes the heap for.
 */
public final class HeapRoom {
  /** Copies of a held text that are in memory at once while it is read. */
  static final int COPIES = 3;

  private HeapRoom() {}

  /** Throws when {@code COPIES} times the size of the files is more than the heap can ever hold. */
  public static void check(List<Path> held) {
    check(held, Runtime.getRuntime().maxMemory());
  }

  static void check(List<Path> held, long maxHeap) {
    long bytes = 0;
    for (Path file : held) {
      try {
        bytes += Files.isRegularFile(file) ? Files.size(file) : 0;
      } catch (IOException e) {
        // the read that follows reports an unreadable file in its own words
      }
    }
    if (maxHeap != Long.MAX_VALUE && bytes > maxHeap / COPIES) {
      throw new OutOfMemoryError(bytes / (1024 * 1024) + " MiB of input need more than " + COPIES
          + " times their size, and the heap is " + maxHeap / (1024 * 1024) + " MiB");
    }
  }
}
