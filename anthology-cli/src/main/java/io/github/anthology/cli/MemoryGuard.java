package io.github.anthology.cli;

import java.io.File;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns running out of memory into one message and exit code 2 instead of a stack trace. The
 * message says how much heap the run had and how much to give: the larger of twice that and what
 * the inputs named on the command line need once read (a research.yaml about eight times its
 * size, JSONL about four, and room for the young generation), so one retry is enough. A small
 * reserve, dropped first, leaves room to say so. {@link MemoryWatch} catches the runs the JVM
 * would rather spend minutes collecting than stop.
 */
final class MemoryGuard {
  static final long MIB = 1024 * 1024;
  private static final long YAML_TIMES = 8;
  private static final long JSONL_TIMES = 4;
  private static final long HEADROOM_MIB = 768;

  /** What is said when even the words with figures cannot be made: the heap is that full. */
  private static final String PLAIN = "anthology: out of memory: this input needs more than the heap this run"
      + " had; give it more, e.g. ANTHOLOGY_JAVA_OPTS=-Xmx4096m (or java -Xmx4096m -jar anthology.jar)";

  private static byte[] reserve = new byte[(int) MIB];
  private static volatile long inputNeedMiB;
  private static final byte[] PLAIN_LINE = (PLAIN + System.lineSeparator()).getBytes(StandardCharsets.UTF_8);
  private static boolean said;

  private MemoryGuard() {}

  /**
   * Notes what the inputs among {@code args} (files, or registry directories) will need once read.
   * The arXiv snapshot that {@code papers} commands stream is not held, so it is not counted.
   */
  static void expect(String... args) {
    inputNeedMiB = 0;
    if (args.length > 0 && args[0].equals("papers")) {
      return;
    }
    long bytes = 0;
    for (String arg : args) {
      File f = new File(arg);
      if (arg.startsWith("-") || !f.exists()) {
        continue;
      }
      File[] inside = f.isDirectory() ? f.listFiles() : new File[] {f};
      for (File file : inside == null ? new File[0] : inside) {
        String name = file.getName();
        if (name.endsWith(".jsonl")) {
          bytes += file.length() * JSONL_TIMES;
        } else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
          bytes += file.length() * YAML_TIMES;
        }
      }
    }
    inputNeedMiB = bytes == 0 ? 0 : bytes / MIB + HEADROOM_MIB;
  }

  static long inputNeedMiB() {
    return inputNeedMiB;
  }

  /** Whether the failure is, or was caused by, running out of memory. */
  static boolean outOfMemory(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }

  /**
   * Says that the run ran out of memory, once, however many threads find out at once (the watch
   * and the run's own failure can). It never throws: when the heap is too full to work out the
   * figures, or to print them, the plainer sentence is written as bytes encoded in advance.
   */
  static synchronized void report(PrintWriter err) {
    reserve = null;
    if (said) {
      return;
    }
    said = true;
    try {
      err.println(text());
      err.flush();
      if (!err.checkError()) {
        return;
      }
    } catch (Throwable t) {
      // fall through to the words encoded in advance
    }
    System.err.write(PLAIN_LINE, 0, PLAIN_LINE.length);
    System.err.flush();
  }

  private static String text() {
    return String.format(Locale.ROOT, "anthology: out of memory: this input needs more than the %d MiB of heap this"
        + " run had; %s", heapMiB(), advice());
  }

  /** How to give a run more memory, and how much. */
  static String advice() {
    long give = suggestion(heapMiB(), inputNeedMiB);
    return String.format(Locale.ROOT, "give it more, e.g. ANTHOLOGY_JAVA_OPTS=-Xmx%dm (or java -Xmx%dm -jar"
        + " anthology.jar)%s", give, give, machine());
  }

  private static long heapMiB() {
    return Runtime.getRuntime().maxMemory() / MIB;
  }

  /** What to suggest: at least twice the heap, at least what the input needs, in whole 256 MiB. */
  static long suggestion(long heapMiB, long inputNeedMiB) {
    long want = Math.max(heapMiB * 2, inputNeedMiB);
    return (want + 255) / 256 * 256;
  }

  private static String machine() {
    try {
      if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
          instanceof com.sun.management.OperatingSystemMXBean os) {
        return String.format(Locale.ROOT, "; this machine has %d MiB", os.getTotalMemorySize() / MIB);
      }
    } catch (Throwable t) {
      // the figure is a courtesy: a heap too full to load the platform's bean goes without it
    }
    return "";
  }

}
