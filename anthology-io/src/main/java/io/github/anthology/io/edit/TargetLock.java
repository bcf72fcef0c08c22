package io.github.anthology.io.edit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.zip.CRC32C;

/**
 * An advisory lock on the file a path names now, held while it is checked and replaced. Every
 * writer takes it before it re-reads the file and until the new file is in place, so of two
 * writers that read the same text the second finds it changed and writes nothing. The lock is the
 * operating system's ({@code fcntl}): it dies with its process, so a killed writer never leaves
 * one behind. Within this JVM a lock per path comes first, since closing any channel of a file
 * would drop the process's locks on it. The file is read and, in place, written through the
 * locked channel for the same reason.
 */
final class TargetLock implements AutoCloseable {
  private static final Map<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();
  private static final long POLL_MILLIS = 25;

  private final ReentrantLock local;
  private final FileChannel channel;
  private final FileLock lock;

  private TargetLock(ReentrantLock local, FileChannel channel, FileLock lock) {
    this.local = local;
    this.channel = channel;
    this.lock = lock;
  }

  /** Waits up to {@code patience} for the lock on the existing file {@code real}. */
  static TargetLock acquire(Path real, Duration patience) throws IOException {
    long deadline = System.nanoTime() + patience.toNanos();
    ReentrantLock local = IN_THIS_JVM.computeIfAbsent(real, p -> new ReentrantLock());
    try {
      if (!local.tryLock(patience.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
        throw busy(real);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw busy(real);
    }
    try {
      while (true) {
        Object before = fileKey(real);
        FileChannel channel = FileChannel.open(real, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock = tryLock(channel);
        if (lock != null && Objects.equals(before, fileKey(real))) {
          return new TargetLock(local, channel, lock);
        }
        if (lock != null) {
          lock.release();
        }
        channel.close();
        if (System.nanoTime() > deadline) {
          throw busy(real);
        }
        Thread.sleep(POLL_MILLIS);
      }
    } catch (IOException | RuntimeException | Error e) {
      local.unlock();
      throw e;
    } catch (InterruptedException e) {
      local.unlock();
      Thread.currentThread().interrupt();
      throw busy(real);
    }
  }

  static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null;
    }
  }

  private static Object fileKey(Path real) throws IOException {
    return Files.readAttributes(real, BasicFileAttributes.class).fileKey();
  }

  private static FileSystemException busy(Path real) {
    return new FileSystemException(real.toString(), null,
        "another process is writing it; nothing was written (run again when it is done)");
  }

  /** The digest of the file's content (see {@link Durability#digest(long, long)}), read through the locked channel. */
  String digest() throws IOException {
    CRC32C crc = new CRC32C();
    ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
    long length = 0;
    channel.position(0);
    for (int n = channel.read(buffer); n >= 0; n = channel.read(buffer)) {
      buffer.flip();
      crc.update(buffer);
      length += n;
      buffer.clear();
    }
    return Durability.digest(crc.getValue(), length);
  }

  /** The file's bytes, read through the locked channel. */
  byte[] read() throws IOException {
    long size = channel.size();
    if (size > Integer.MAX_VALUE - 16) {
      throw new FileSystemException(null, null, "file too large");
    }
    ByteBuffer buffer = ByteBuffer.allocate((int) size);
    channel.position(0);
    while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
      // keep reading
    }
    return buffer.flip().remaining() == buffer.capacity() ? buffer.array() : java.util.Arrays.copyOf(buffer.array(), buffer.remaining());
  }

  /**
   * Replaces the file's content in place with {@code bytes} (the same file, so its other hard links
   * and its owner stay): not atomic for a reader, but the commit's journal redoes it after a crash.
   */
  void overwrite(byte[] bytes) throws IOException {
    channel.truncate(0);
    channel.position(0);
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
    channel.force(true);
  }

  @Override
  public void close() throws IOException {
    try {
      if (lock.isValid()) {
        lock.release();
      }
      channel.close();
    } finally {
      local.unlock();
    }
  }
}
