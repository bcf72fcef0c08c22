package io.github.anthology.cli;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.Locale;

/**
 * Turns running out of memory into one message and exit code 2 instead of a stack trace or, worse,
 * minutes of back-to-back garbage collection. An {@link OutOfMemoryError} anywhere in a run is
 * reported with the heap the run had and how to give it more; a small reserve, dropped first,
 * leaves room to say so. When the heap is nearly full and collecting takes nearly all the time, the
 * JVM would rather not throw at all: a watchdog that wakes only after the first seconds (so a
 * small run never pays for it) stops the run then.
 */
final class MemoryGuard {
  private static final long MIB = 1024 * 1024;
  /** Watching starts this late: small runs are over by then. */
  private static final long FIRST_LOOK_MILLIS = 4_000;
  private static final long WINDOW_MILLIS = 8_000;
  /** Share of the window spent collecting, and share of the heap still full after it, that mean a storm. */
  private static final double STORM_GC_SHARE = 0.85;
  private static final double STORM_HEAP_SHARE = 0.90;

  private static byte[] reserve = new byte[(int) MIB];

  private MemoryGuard() {}

  /** Whether the failure is, or was caused by, running out of memory. */
  static boolean outOfMemory(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }

  /** The message for a run that ran out of memory. */
  static String message() {
    reserve = null;
    long heap = Runtime.getRuntime().maxMemory() / MIB;
    return String.format(Locale.ROOT, "anthology: out of memory: this input needs more than the %d MiB of heap this"
        + " run had; give it more, e.g. ANTHOLOGY_JAVA_OPTS=-Xmx%dm (or java -Xmx%dm -jar anthology.jar)%s",
        heap, heap * 2, heap * 2, machine());
  }

  private static String machine() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return String.format(Locale.ROOT, "; this machine has %d MiB", os.getTotalMemorySize() / MIB);
    }
    return "";
  }

  /** Starts the watchdog, which prints {@link #message} and calls {@code stop} on a collection storm. */
  static void watch(java.io.PrintWriter err, Runnable stop) {
    Thread t = new Thread(() -> {
      try {
        Thread.sleep(FIRST_LOOK_MILLIS);
        long[] last = {gcMillis(), System.nanoTime() / 1_000_000};
        while (true) {
          Thread.sleep(WINDOW_MILLIS);
          long gc = gcMillis();
          long now = System.nanoTime() / 1_000_000;
          double share = (gc - last[0]) / (double) Math.max(1, now - last[1]);
          last[0] = gc;
          last[1] = now;
          if (share >= STORM_GC_SHARE && heapShare() >= STORM_HEAP_SHARE) {
            err.println(message());
            err.flush();
            stop.run();
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "anthology-memory-guard");
    t.setDaemon(true);
    t.start();
  }

  private static long gcMillis() {
    long total = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, gc.getCollectionTime());
    }
    return total;
  }

  private static double heapShare() {
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    long max = heap.getMax() > 0 ? heap.getMax() : Runtime.getRuntime().maxMemory();
    return heap.getUsed() / (double) max;
  }
}
