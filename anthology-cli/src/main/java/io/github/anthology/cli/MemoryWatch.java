package io.github.anthology.cli;

import com.sun.management.GcInfo;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * A watchdog for runs short of memory, which the JVM would rather spend minutes collecting than
 * stop. It judges the heap as the last collection of the whole of it left it, since that is what
 * the run really holds (the heap looks half empty just after each young collection, and a full
 * old generation alone still leaves the young one room to work in). When collecting takes half
 * the time with half the heap held, it says so once on stderr, on a terminal or not, so a slow run
 * is never silent; when the heap stays nearly full and collecting takes nearly all the time, it
 * reports it ({@link MemoryGuard#report}) and stops the run. It first looks after a few
 * seconds, so a small run never pays for it.
 */
final class MemoryWatch {
  private static final long FIRST_LOOK_MILLIS = 3_000;
  private static final long WINDOW_MILLIS = 4_000;

  /** What a window of the run looked like. */
  enum Verdict { FINE, TIGHT, STORM }

  private MemoryWatch() {}

  /**
   * The verdict for a window in which collecting took {@code gcShare} of the time and after which
   * the last whole-heap collection left it {@code heldShare} full. Tight: half the time collecting
   * with half the heap held. A storm: over 80% collecting with over 90% held, the state in which
   * each collection frees little and the next follows at once.
   */
  static Verdict judge(double gcShare, double heldShare) {
    if (gcShare >= 0.80 && heldShare >= 0.90) {
      return Verdict.STORM;
    }
    if (gcShare >= 0.50 && heldShare >= 0.50) {
      return Verdict.TIGHT;
    }
    return Verdict.FINE;
  }

  /** Starts the watchdog, which calls {@code stop} after printing why, on a collection storm. */
  static void watch(PrintWriter err, Runnable stop) {
    Thread t = new Thread(() -> {
      try {
        Thread.sleep(FIRST_LOOK_MILLIS);
        Optional<com.sun.management.GarbageCollectorMXBean> old = fullCollector();
        long lastGc = gcMillis();
        long lastAt = System.nanoTime() / 1_000_000;
        boolean told = false;
        while (true) {
          Thread.sleep(WINDOW_MILLIS);
          long gc = gcMillis();
          long now = System.nanoTime() / 1_000_000;
          double share = (gc - lastGc) / (double) Math.max(1, now - lastAt);
          lastGc = gc;
          lastAt = now;
          Verdict verdict = judge(share, held(old));
          if (verdict == Verdict.STORM) {
            MemoryGuard.report(err);
            stop.run();
          } else if (verdict == Verdict.TIGHT && !told) {
            told = true;
            err.println(String.format(Locale.ROOT, "anthology: memory is nearly full and %.0f%% of the time goes to"
                + " collecting, so this run will be slow; to speed it up, %s", share * 100, MemoryGuard.advice()));
            err.flush();
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (Throwable e) {
        // the heap ran out under the watch itself (the platform's beans then fail in their own
        // ways, InternalError among them): the run's own failure says so, once
      }
    }, "anthology-memory-watch");
    t.setUncaughtExceptionHandler((thread, e) -> { });
    t.setDaemon(true);
    t.start();
  }

  /**
   * The collector of the whole heap: the one that also collects the old or tenured generation
   * (serial, parallel and G1 all name it so).
   */
  private static Optional<com.sun.management.GarbageCollectorMXBean> fullCollector() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .filter(gc -> gc instanceof com.sun.management.GarbageCollectorMXBean)
        .map(gc -> (com.sun.management.GarbageCollectorMXBean) gc)
        .filter(gc -> Arrays.stream(gc.getMemoryPoolNames()).anyMatch(p -> p.contains("Old") || p.contains("Tenured")))
        .max(Comparator.comparingInt(gc -> gc.getMemoryPoolNames().length));
  }

  /** The share of the heap in use just after the last collection of the whole heap; 0 before there was one. */
  private static double held(Optional<com.sun.management.GarbageCollectorMXBean> full) {
    GcInfo last = full.map(com.sun.management.GarbageCollectorMXBean::getLastGcInfo).orElse(null);
    if (last == null) {
      return 0;
    }
    long used = 0;
    for (MemoryUsage pool : last.getMemoryUsageAfterGc().values()) {
      used += pool.getUsed();
    }
    return used / (double) Runtime.getRuntime().maxMemory();
  }

  private static long gcMillis() {
    long total = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, gc.getCollectionTime());
    }
    return total;
  }
}
