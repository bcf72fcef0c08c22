package io.github.anthology.io.edit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.CRC32C;

/** Forcing a directory's entries to disk, and the content digests a journal records. */
final class Durability {
  private Durability() {}

  /** Makes a rename or removal in {@code dir} durable, where the platform can; elsewhere does nothing. */
  static void syncDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | RuntimeException e) {
      // not every platform opens a directory; the rename is atomic all the same
    }
  }

  /**
   * The digest a journal records of a file's content: its CRC-32C and length, {@code crc32c:XXXXXXXX:N}.
   * It only has to tell a file that is as recorded from one that is not (after a crash: damaged, or
   * changed by someone else), and it is worked out for every file written (hundreds of megabytes in
   * a large build, where SHA-256 cost seconds without the JIT's intrinsic). Journals of earlier
   * versions hold SHA-256 in 64 hex digits; {@link #digest(Path, String)} still answers those.
   */
  static String digest(long crc, long length) {
    return String.format(Locale.ROOT, "crc32c:%08x:%d", crc, length);
  }

  static String digest(byte[] bytes) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, bytes.length);
    return digest(crc.getValue(), bytes.length);
  }

  /** A file's digest in the same kind as {@code recorded} (SHA-256 for a journal of an earlier version). */
  static String digest(Path file, String recorded) throws IOException {
    boolean sha = !recorded.startsWith("crc32c:");
    MessageDigest sha256 = sha ? sha256() : null;
    CRC32C crc = new CRC32C();
    long length = 0;
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        if (sha) {
          sha256.update(buffer, 0, n);
        } else {
          crc.update(buffer, 0, n);
        }
        length += n;
      }
    }
    return sha ? HexFormat.of().formatHex(sha256.digest()) : digest(crc.getValue(), length);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
