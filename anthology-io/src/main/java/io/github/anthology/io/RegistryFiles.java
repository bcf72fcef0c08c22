package io.github.anthology.io;

import io.github.anthology.io.registry.RegistryFormat;
import io.github.anthology.model.source.SourceSpan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Which files of a PATH make the registry: a file is itself; in a directory tree the conventional names are found. */
public final class RegistryFiles {
  /** The names looked for in a directory, in reading order. */
  static final List<String> CONVENTIONAL_NAMES = List.of("taxonomy.yaml", "research.yaml");

  /**
   * Export names looked for in a directory without a research.yaml (an export is built from it, so
   * reading both would count every recommendation twice); the first found is read.
   */
  static final List<String> EXPORT_NAMES =
      List.of(RegistryFormat.YAML.fileName(), RegistryFormat.JSON.fileName(), RegistryFormat.JSONL.fileName());

  private RegistryFiles() {}

  /**
   * The names of a directory's registry files, given which names are files there: the conventional
   * names in reading order, then the first export when there is no research.yaml.
   */
  public static List<String> chosen(java.util.function.Predicate<String> isFile) {
    List<String> names = new ArrayList<>(CONVENTIONAL_NAMES.stream().filter(isFile).toList());
    if (!isFile.test("research.yaml")) {
      EXPORT_NAMES.stream().filter(isFile).findFirst().ifPresent(names::add);
    }
    return names;
  }

  /** What a directory was searched for, for the message when nothing is found there. */
  public static String lookedFor() {
    return lookedFor("here");
  }

  static String lookedFor(String where) {
    List<String> looked = new ArrayList<>(CONVENTIONAL_NAMES);
    looked.addAll(EXPORT_NAMES);
    return "no registry files " + where + " (looked for " + String.join(", ", looked) + ")";
  }

  static List<Path> discover(Path path) throws ReadException {
    return discover(path, p -> false);
  }

  /**
   * The files a path stands for: a file is itself (even when skipped: it was named), a directory
   * the registry files of its tree ({@link RegistryWalk}) less the skipped ones.
   */
  static List<Path> discover(Path path, java.util.function.Predicate<Path> skipped) throws ReadException {
    if (Files.exists(path) && !Files.isDirectory(path)) {
      return List.of(path); // a regular file, or one that reads like one (/dev/null, a named pipe)
    }
    if (!Files.isDirectory(path)) {
      throw new ReadException(SourceSpan.ofFile(SourceFiles.display(path)), "no such file or directory");
    }
    return RegistryWalk.files(path, skipped);
  }
}
