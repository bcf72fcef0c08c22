package io.github.anthology.api.internal;

import io.github.anthology.api.config.Settings;
import io.github.anthology.api.lint.Level;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Everything a workspace was built with: where it works, which configuration, which inputs and
 * plugins, and the run settings that win over the configuration's.
 *
 * @param workingDirectory what relative paths are resolved against ({@code Path.of("")}: the process's)
 * @param configFile an explicit configuration file
 * @param settings a configuration built in code (used when there is no explicit file)
 * @param inputs files and directories, as given
 * @param globs glob patterns of input files, relative to the working directory
 * @param texts in-memory texts by file name, standing in for (or added to) the files of the inputs
 * @param plugins plugin jars
 * @param baseline a baseline file that wins over the configuration's
 * @param useBaseline false to apply no baseline at all
 * @param failOn a fail-on level that wins over the configuration's
 * @param maxWarnings a warning limit that wins over the configuration's
 */
public record WorkspaceOptions(Path workingDirectory, Optional<Path> configFile, Optional<Settings> settings,
    List<Path> inputs, List<String> globs, Map<String, String> texts, List<Path> plugins, Optional<Path> baseline,
    boolean useBaseline, Optional<Level> failOn, OptionalInt maxWarnings) {

  /**
   * Copies the collections (texts keep their order).
   *
   * @param workingDirectory what relative paths are resolved against ({@code Path.of("")}: the process's)
   * @param configFile an explicit configuration file
   * @param settings a configuration built in code (used when there is no explicit file)
   * @param inputs files and directories, as given
   * @param globs glob patterns of input files, relative to the working directory
   * @param texts in-memory texts by file name, standing in for (or added to) the files of the inputs
   * @param plugins plugin jars
   * @param baseline a baseline file that wins over the configuration's
   * @param useBaseline false to apply no baseline at all
   * @param failOn a fail-on level that wins over the configuration's
   * @param maxWarnings a warning limit that wins over the configuration's
   */
  public WorkspaceOptions {
    inputs = List.copyOf(inputs);
    globs = List.copyOf(globs);
    texts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    plugins = List.copyOf(plugins);
  }

  /**
   * A path as given, resolved against the working directory: unchanged when the working directory
   * is the process's own, so files are named in findings as they were given.
   *
   * @param path the path
   * @return the resolved path
   */
  public Path resolve(Path path) {
    return workingDirectory.resolve(path);
  }

  /**
   * A path as findings name it: relative to the working directory, resolved against it.
   *
   * @param path an absolute or relative path
   * @return the path to show
   */
  public Path shown(Path path) {
    Path relative = workingDirectory.toAbsolutePath().normalize().relativize(path.toAbsolutePath().normalize());
    return workingDirectory.resolve(relative.toString().isEmpty() ? Path.of(".") : relative);
  }

  /**
   * The same options with other inputs.
   *
   * @param others files and directories, as given
   * @return the new options
   */
  public WorkspaceOptions withInputs(List<Path> others) {
    return new WorkspaceOptions(workingDirectory, configFile, settings, others, globs, texts, plugins, baseline,
        useBaseline, failOn, maxWarnings);
  }

  /**
   * The same options with other in-memory texts.
   *
   * @param others the texts
   * @return new options
   */
  public WorkspaceOptions withTexts(Map<String, String> others) {
    return new WorkspaceOptions(workingDirectory, configFile, settings, inputs, globs, others, plugins, baseline,
        useBaseline, failOn, maxWarnings);
  }
}
