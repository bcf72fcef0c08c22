package io.github.anthology.io;

import io.github.anthology.io.edit.AtomicWriter;
import io.github.anthology.model.source.SourceSpan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files a new registry starts from ({@code anthology init}): an {@code anthology.yaml} that
 * extends the recommended preset, and a {@code taxonomy.yaml} with seven starter topics. Never
 * overwrites: when either file exists, nothing is written.
 */
public final class RegistryScaffold {
  public static final String CONFIG = "anthology.yaml";
  public static final String TAXONOMY = "taxonomy.yaml";

  private RegistryScaffold() {}

  /** The files to write into {@code dir}, by name, in writing order. */
  public static Map<String, String> files(Path dir) throws ReadException {
    boolean hasResearch = Files.isRegularFile(dir.resolve("research.yaml"));
    String config = "# Anthology configuration; `anthology lint --help` lists the options.\n"
        + "extends: recommended\n"
        + "inputs:\n"
        + "  - " + TAXONOMY + "\n"
        + (hasResearch ? "  - research.yaml\n" : "  # - research.yaml   (add it once you have papers)\n");
    Map<String, String> files = new LinkedHashMap<>();
    files.put(CONFIG, config);
    files.put(TAXONOMY, seedTaxonomy());
    return files;
  }

  /** Writes the files, each atomically; returns their paths. */
  public static List<Path> write(Path dir) throws ReadException {
    Map<String, String> files = files(dir);
    for (String name : files.keySet()) {
      if (Files.exists(dir.resolve(name))) {
        throw new ReadException(SourceSpan.ofFile(SourceFiles.display(dir.resolve(name))),
            "already exists; init never overwrites a file, so nothing was written");
      }
    }
    List<Path> written = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      for (Map.Entry<String, String> f : files.entrySet()) {
        Path path = dir.resolve(f.getKey());
        AtomicWriter.standard().write(path, f.getValue().getBytes(StandardCharsets.UTF_8));
        written.add(path);
      }
    } catch (IOException e) {
      throw new ReadException(SourceSpan.ofFile(SourceFiles.display(dir)), "cannot write here (" + e.getMessage() + ")");
    }
    return written;
  }

  /** The seven starter topics, with their scopes and the names they consolidate (docs/conventions.md). */
  public static String seedTaxonomy() {
    try (InputStream in = RegistryScaffold.class.getResourceAsStream("seed-taxonomy.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("the starter taxonomy is missing from the jar", e);
    }
  }
}
