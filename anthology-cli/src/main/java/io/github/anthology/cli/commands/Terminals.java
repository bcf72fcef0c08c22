package io.github.anthology.cli.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a standard stream is a terminal. Java 17 only tells whether both standard input and output
 * are ({@link System#console()}); on Linux each stream's link under {@code /proc/self/fd} names its
 * terminal ({@code /dev/pts/N}, {@code /dev/ttyN}), so standard error is known on its own.
 */
final class Terminals {
  private Terminals() {}

  static boolean stdout() {
    return isTerminal(1);
  }

  static boolean stderr() {
    return isTerminal(2);
  }

  private static boolean isTerminal(int fd) {
    Path link = Path.of("/proc/self/fd/" + fd);
    if (!Files.isSymbolicLink(link)) {
      return System.console() != null; // not Linux: the JDK's answer for input and output together
    }
    try {
      return isTerminalDevice(Files.readSymbolicLink(link).toString());
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  static boolean isTerminalDevice(String target) {
    return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
  }
}
