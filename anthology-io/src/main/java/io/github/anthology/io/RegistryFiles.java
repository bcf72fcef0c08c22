package io.github.anthology.io;

import io.github.anthology.io.registry.RegistryFormat;
import io.github.anthology.model.source.SourceSpan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Which files of a PATH make the registry: a file is itself; in a directory the conventional names are found. */
final class RegistryFiles {
  /** The names looked for in a directory, in reading order. */
  static final List<String> CONVENTIONAL_NAMES = List.of("taxonomy.yaml", "research.yaml");

  /**
   * Export names looked for in a directory without a research.yaml (an export is built from it, so
   * reading both would count every recommendation twice); the first found is read.
   */
  static final List<String> EXPORT_NAMES =
      List.of(RegistryFormat.YAML.fileName(), RegistryFormat.JSON.fileName(), RegistryFormat.JSONL.fileName());

  private RegistryFiles() {}

  static List<Path> discover(Path path) throws ReadException {
    if (Files.isRegularFile(path)) {
      return List.of(path);
    }
    if (!Files.isDirectory(path)) {
      throw new ReadException(SourceSpan.ofFile(SourceFiles.display(path)), "no such file or directory");
    }
    List<Path> found = new ArrayList<>();
    for (String name : CONVENTIONAL_NAMES) {
      Path candidate = path.resolve(name);
      if (Files.isRegularFile(candidate)) {
        found.add(candidate);
      }
    }
    if (!Files.isRegularFile(path.resolve("research.yaml"))) {
      EXPORT_NAMES.stream().map(path::resolve).filter(Files::isRegularFile).findFirst().ifPresent(found::add);
    }
    if (found.isEmpty()) {
      List<String> looked = new ArrayList<>(CONVENTIONAL_NAMES);
      looked.addAll(EXPORT_NAMES);
      throw new ReadException(SourceSpan.ofFile(SourceFiles.display(path)),
          "no registry files here (looked for " + String.join(", ", looked) + ")");
    }
    return found;
  }
}
