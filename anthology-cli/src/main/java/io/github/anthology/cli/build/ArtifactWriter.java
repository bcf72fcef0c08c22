package io.github.anthology.cli.build;

import io.github.anthology.render.build.Artifact;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders every artifact first, then writes each one atomically (temporary file, then rename), so a
 * failure while rendering leaves the output directory untouched.
 */
public final class ArtifactWriter {
  private ArtifactWriter() {}

  /** Writes the artifacts under {@code dir}; returns how many files were written. */
  public static int write(Path dir, List<Artifact> artifacts, Progress progress) throws IOException {
    Map<Path, byte[]> files = new LinkedHashMap<>();
    try (progress) {
      for (Artifact a : artifacts) {
        progress.step("rendering " + a.path());
        files.put(dir.resolve(a.path()), a.content().get().getBytes(StandardCharsets.UTF_8));
      }
      for (Map.Entry<Path, byte[]> f : files.entrySet()) {
        progress.step("writing " + dir.relativize(f.getKey()));
        Files.createDirectories(f.getKey().toAbsolutePath().getParent());
        writeAtomically(f.getKey(), f.getValue());
      }
    }
    return files.size();
  }

  private static void writeAtomically(Path target, byte[] bytes) throws IOException {
    Path temporary = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName() + ".", ".tmp");
    try {
      Files.write(temporary, bytes);
      if (Files.getFileAttributeView(temporary, PosixFileAttributeView.class) != null) {
        Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
      }
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
