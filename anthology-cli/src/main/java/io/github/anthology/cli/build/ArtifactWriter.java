package io.github.anthology.cli.build;

import io.github.anthology.io.edit.AtomicWriter;
import io.github.anthology.render.build.Artifact;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders every artifact first, then writes each one atomically, so a failure while rendering
 * leaves the output directory untouched and a reader never sees half a file.
 */
public final class ArtifactWriter {
  private ArtifactWriter() {}

  /** Writes the artifacts under {@code dir}; returns how many files were written. */
  public static int write(Path dir, List<Artifact> artifacts, Progress progress) throws IOException {
    Map<Path, byte[]> files = new LinkedHashMap<>();
    AtomicWriter writer = AtomicWriter.standard();
    try (progress) {
      progress.start(2L * artifacts.size());
      for (Artifact a : artifacts) {
        progress.step("rendering " + a.path());
        files.put(dir.resolve(a.path()), a.content().get().getBytes(StandardCharsets.UTF_8));
      }
      for (Map.Entry<Path, byte[]> f : files.entrySet()) {
        progress.step("writing " + dir.relativize(f.getKey()));
        Files.createDirectories(f.getKey().toAbsolutePath().getParent());
        writer.write(f.getKey(), f.getValue());
      }
    }
    return files.size();
  }
}
