package io.github.anthology.io.edit;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The hidden files a write leaves beside its target until it is done ({@code .NAME.RANDOM.anthology-tmp}).
 * Each is locked by the process writing it for as long as that process lives, so another run can
 * tell a live one from one a killed run left behind, and removes only the latter. A normal exit,
 * or Ctrl-C, removes this process's own.
 */
final class Temporaries {
  static final String SUFFIX = ".anthology-tmp";
  /** What earlier versions left: {@code .NAME.DIGITS.tmp}, removed once old enough to be surely dead. */
  private static final Pattern EARLIER = Pattern.compile("\\..+\\.\\d{6,}\\.tmp");
  private static final Duration EARLIER_DEAD_AFTER = Duration.ofHours(1);
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
  private static volatile boolean hooked;

  private Temporaries() {}

  /** A locked, empty temporary file in {@code dir} for a file named {@code name}. */
  static Handle create(Path dir, String name) throws IOException {
    hookOnce();
    byte[] random = new byte[6];
    RANDOM.nextBytes(random);
    Path path = dir.resolve("." + name + "." + HexFormat.of().formatHex(random) + SUFFIX);
    LIVE.add(path); // first: a cleaner on another thread of this JVM must never take it for a dead run's
    FileChannel channel;
    try {
      channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.READ);
    } catch (IOException | RuntimeException e) {
      LIVE.remove(path);
      throw e;
    }
    try {
      FileLock lock = TargetLock.tryLock(channel);
      if (lock == null) {
        throw new IOException(path + ": cannot lock a new temporary file");
      }
      return new Handle(path, channel);
    } catch (IOException | RuntimeException e) {
      channel.close();
      Files.deleteIfExists(path);
      LIVE.remove(path);
      throw e;
    }
  }

  /** A temporary file this process holds: its path and its locked channel. */
  record Handle(Path path, FileChannel channel) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      if (channel.isOpen()) {
        discard();
      }
    }

    /** Lets the file go: it stays on disk (renamed away or kept for a journal) and is no longer removed at exit. */
    void release() throws IOException {
      keep();
      channel.close();
    }

    /** Keeps the file at exit (a journal needs it), still locked while this process lives. */
    void keep() {
      LIVE.remove(path);
    }

    /** Removes the file and lets it go. */
    void discard() throws IOException {
      try {
        Files.deleteIfExists(path);
      } finally {
        release();
      }
    }
  }

  /** Removes the temporary files of dead runs in {@code dir}; what cannot be removed is left. */
  static void cleanDead(Path dir) {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".*tmp")) {
      for (Path f : files) {
        String name = f.getFileName().toString();
        if (name.endsWith(SUFFIX) && !LIVE.contains(f)) {
          removeIfDead(f);
        } else if (EARLIER.matcher(name).matches() && olderThan(f, EARLIER_DEAD_AFTER)) {
          Files.deleteIfExists(f);
        }
      }
    } catch (IOException | RuntimeException e) {
      // a directory we cannot list or change keeps its leftovers; reading goes on
    }
  }

  /** Whether a file of ours is held by a live process. */
  static boolean live(Path f) throws IOException {
    if (LIVE.contains(f)) {
      return true;
    }
    try (FileChannel channel = FileChannel.open(f, StandardOpenOption.WRITE)) {
      FileLock lock = TargetLock.tryLock(channel);
      if (lock == null) {
        return true;
      }
      lock.release();
      return false;
    }
  }

  private static void removeIfDead(Path f) throws IOException {
    try (FileChannel channel = FileChannel.open(f, StandardOpenOption.WRITE)) {
      if (TargetLock.tryLock(channel) != null) {
        Files.deleteIfExists(f);
      }
    } catch (java.nio.file.NoSuchFileException e) {
      // another run removed it first
    }
  }

  private static boolean olderThan(Path f, Duration age) throws IOException {
    FileTime modified = Files.getLastModifiedTime(f);
    return modified.toInstant().isBefore(Instant.now().minus(age));
  }

  private static void hookOnce() {
    if (!hooked) {
      synchronized (Temporaries.class) {
        if (!hooked) {
          Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(p -> p.toFile().delete()),
              "anthology-temporaries"));
          hooked = true;
        }
      }
    }
  }
}
