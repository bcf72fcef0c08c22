package io.github.anthology.io.papers;

import io.github.anthology.io.ReadException;
import io.github.anthology.io.SourceFiles;
import io.github.anthology.model.PaperMetadata;
import io.github.anthology.io.edit.AtomicWriter;
import io.github.anthology.model.source.SourceSpan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A registry's lock file, {@code anthology.lock.json}: the paper metadata its citations were last
 * checked against, committed beside the registry so that lint reads it offline and every run gives
 * the same findings. It lives in the directory of the registry's first file (for a registry
 * directory: in that directory, beside research.yaml).
 */
public final class LockFile {
  public static final String FILE_NAME = "anthology.lock.json";

  /** The format's version; a reader refuses a newer one. */
  static final int VERSION = 1;

  private LockFile() {}

  /** Where the lock file of a registry made of these files is, or would be written. */
  public static Path location(List<Path> registryFiles) {
    if (registryFiles.isEmpty()) {
      return Path.of(FILE_NAME);
    }
    Path parent = registryFiles.get(0).getParent();
    return parent == null ? Path.of(FILE_NAME) : parent.resolve(FILE_NAME);
  }

  /** The lock file of a registry made of these files, when there is one. */
  public static Optional<Path> find(List<Path> registryFiles) {
    Path candidate = location(registryFiles);
    return Files.isRegularFile(candidate) ? Optional.of(candidate) : Optional.empty();
  }

  /** The entries of a lock file, by id. */
  public static Map<String, PaperMetadata> read(Path file) throws ReadException {
    return LockFileReader.read(SourceFiles.display(file), SourceFiles.read(file));
  }

  /**
   * Writes a lock file atomically. A file or directory whose mode grants no write permission is
   * left alone even to a user (such as root) whom the system would let write: it was made
   * read-only on purpose.
   */
  public static void write(Path file, String text, AtomicWriter writer) throws ReadException {
    String name = SourceFiles.display(file);
    Path directory = file.toAbsolutePath().getParent();
    if (readOnly(directory) || Files.exists(file) && readOnly(file)) {
      throw new ReadException(SourceSpan.ofFile(name), "is read-only; nothing was written (refresh a writable copy)");
    }
    try {
      writer.write(file, text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new ReadException(SourceSpan.ofFile(name), "cannot write the lock file (" + e.getMessage() + ")");
    }
  }

  private static boolean readOnly(Path path) {
    try {
      PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
      if (view == null) {
        return !Files.isWritable(path);
      }
      Set<PosixFilePermission> mode = view.readAttributes().permissions();
      return !mode.contains(PosixFilePermission.OWNER_WRITE) && !mode.contains(PosixFilePermission.GROUP_WRITE)
          && !mode.contains(PosixFilePermission.OTHERS_WRITE);
    } catch (IOException e) {
      return !Files.isWritable(path);
    }
  }

  /** The text of a lock file holding these entries: sorted by id, the same bytes for the same entries. */
  public static String text(Collection<PaperMetadata> entries) {
    return LockFileWriter.text(entries);
  }
}
