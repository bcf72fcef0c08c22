package io.github.anthology.io;

import io.github.anthology.model.source.SourceSpan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Refuses an output that would overwrite an input of the same run: a report, baseline or export
 * written over research.yaml, taxonomy.yaml, a reading list or the configuration, or over a
 * registry file or configuration beside an input (which a run on the directory would read). Files are
 * compared as the file system sees them, so a symbolic or hard link to an input is refused too.
 * Commands call it before anything is written.
 */
public final class OutputGuard {
  private OutputGuard() {}

  /** Fails when {@code output} (given with {@code option}) is one of the inputs' files. */
  public static void refuse(String option, Optional<Path> output, List<Path> inputs) throws ReadException {
    if (output.isPresent()) {
      check(option, output.get(), files(inputs));
    }
  }

  /**
   * Fails when {@code dir} (given with {@code option}) is not a directory, or when a file of
   * {@code names} under it is one of the inputs' files.
   */
  public static void refuseUnder(String option, Path dir, List<String> names, List<Path> inputs) throws ReadException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new ReadException(SourceSpan.ofFile(SourceFiles.display(dir)),
          option + " must name a directory, and this is a file; nothing was written");
    }
    List<Path> files = files(inputs);
    for (String name : names) {
      check(option, dir.resolve(name), files);
    }
  }

  private static void check(String option, Path output, List<Path> inputs) throws ReadException {
    if (!Files.exists(output)) {
      return;
    }
    for (Path input : inputs) {
      if (same(output, input)) {
        throw new ReadException(SourceSpan.ofFile(SourceFiles.display(output)), option + " names "
            + (output.equals(input) ? "an input" : "the same file as the input " + SourceFiles.display(input))
            + " of this run; nothing was written (choose another file)");
      }
    }
  }

  /** The files the inputs stand for: each file, the registry files of each directory, and the configuration beside them. */
  private static List<Path> files(List<Path> inputs) {
    List<Path> files = new ArrayList<>();
    for (Path p : inputs.isEmpty() ? List.of(Path.of(".")) : inputs) {
      if (Files.isDirectory(p)) {
        try {
          files.addAll(RegistryFiles.discover(p));
        } catch (ReadException e) {
          // a directory without registry files has none but the conventional ones to protect
        }
        files.addAll(protectedFiles(p));
      } else {
        files.add(p);
        Path parent = p.toAbsolutePath().getParent();
        if (parent != null) {
          files.addAll(protectedFiles(parent));
        }
      }
    }
    return files;
  }

  /**
   * The source files and the configuration of a directory, which a run on the directory reads. An
   * export (registry.yaml) there is protected only when it is itself an input: a build may write it.
   */
  private static List<Path> protectedFiles(Path dir) {
    List<Path> files = new ArrayList<>();
    for (String name : RegistryFiles.CONVENTIONAL_NAMES) {
      files.add(dir.resolve(name));
    }
    files.add(dir.resolve(ConfigLoader.FILE_NAME));
    return files;
  }

  private static boolean same(Path a, Path b) {
    try {
      return Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }
}
