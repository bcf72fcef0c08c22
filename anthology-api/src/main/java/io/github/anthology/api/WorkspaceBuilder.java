package io.github.anthology.api;

import io.github.anthology.api.config.Settings;
import io.github.anthology.api.internal.Session;
import io.github.anthology.api.internal.WorkspaceOptions;
import io.github.anthology.api.lint.Level;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Describes a {@link Workspace}: where it works, which configuration, which inputs and plugins,
 * and run settings that win over the configuration's. Every method returns this builder.
 *
 * <p>Configuration: {@link #configFile}, else {@link #settings}, else the {@code anthology.yaml}
 * of the first input directory holding one (or beside the first input file; the working
 * directory when there is no input), else the recommended preset with every default.
 *
 * <p>Inputs: paths, globs and in-memory texts. A directory input whose configuration lists
 * {@code inputs} stands for them. A text stands in for the input file of the same name; with
 * texts and no paths or globs, only the texts are read.
 */
public final class WorkspaceBuilder {
  private Path workingDirectory = Path.of("");
  private Optional<Path> configFile = Optional.empty();
  private Optional<Settings> settings = Optional.empty();
  private final List<Path> inputs = new ArrayList<>();
  private final List<String> globs = new ArrayList<>();
  private final Map<String, String> texts = new LinkedHashMap<>();
  private final List<Path> plugins = new ArrayList<>();
  private Optional<Path> baseline = Optional.empty();
  private boolean useBaseline = true;
  private Optional<Level> failOn = Optional.empty();
  private OptionalInt maxWarnings = OptionalInt.empty();

  WorkspaceBuilder() {}

  /**
   * What relative paths are resolved against. By default the process's working directory, and
   * files are named in findings as they were given; with another directory they are named by
   * paths resolved against it.
   *
   * @param dir the working directory
   * @return this builder
   */
  public WorkspaceBuilder workingDirectory(Path dir) {
    workingDirectory = Objects.requireNonNull(dir, "dir");
    return this;
  }

  /**
   * Uses this configuration file rather than looking for one.
   *
   * @param file an {@code anthology.yaml}
   * @return this builder
   */
  public WorkspaceBuilder configFile(Path file) {
    configFile = Optional.of(file);
    return this;
  }

  /**
   * Uses a configuration built in code (when there is no {@link #configFile}).
   *
   * @param config the settings; {@link Settings#defaults()} for the recommended preset
   * @return this builder
   */
  public WorkspaceBuilder settings(Settings config) {
    settings = Optional.of(config);
    return this;
  }

  /**
   * Adds an input: a registry file (research.yaml, taxonomy.yaml, an export, a Markdown reading
   * list) or a directory holding them.
   *
   * @param path the file or directory
   * @return this builder
   */
  public WorkspaceBuilder input(Path path) {
    inputs.add(Objects.requireNonNull(path, "path"));
    return this;
  }

  /**
   * Adds inputs.
   *
   * @param paths files or directories
   * @return this builder
   */
  public WorkspaceBuilder inputs(Collection<Path> paths) {
    paths.forEach(this::input);
    return this;
  }

  /**
   * Adds the files a glob matches under the working directory, in name order; a glob that matches
   * nothing is an error when the workspace is used.
   *
   * @param glob e.g. {@code data/**}{@code /*.yaml}
   * @return this builder
   */
  public WorkspaceBuilder glob(String glob) {
    globs.add(Objects.requireNonNull(glob, "glob"));
    return this;
  }

  /**
   * Adds a text held in memory, read as the file of that name (an editor's unsaved buffer). A text
   * named {@code anthology.yaml} is a configuration: it stands in for the configuration file of
   * that path when the workspace chooses that file, and is never read as a registry input.
   *
   * @param file the file's name, relative to the working directory or absolute
   * @param text its text
   * @return this builder
   */
  public WorkspaceBuilder text(String file, String text) {
    texts.put(Objects.requireNonNull(file, "file"), Objects.requireNonNull(text, "text"));
    return this;
  }

  /**
   * Loads plugin rules from a jar (besides the configuration's {@code plugins}): its rules are
   * found through {@code META-INF/services/io.github.anthology.rules.api.Rule}, in a class loader
   * of their own.
   *
   * @param jar the jar file
   * @return this builder
   */
  public WorkspaceBuilder plugin(Path jar) {
    plugins.add(Objects.requireNonNull(jar, "jar"));
    return this;
  }

  /**
   * Compares lint runs with this baseline file rather than the configuration's.
   *
   * @param file the baseline file
   * @return this builder
   */
  public WorkspaceBuilder baseline(Path file) {
    baseline = Optional.of(file);
    useBaseline = true;
    return this;
  }

  /**
   * Applies no baseline, not even the configuration's (to record a new one).
   *
   * @return this builder
   */
  public WorkspaceBuilder withoutBaseline() {
    baseline = Optional.empty();
    useBaseline = false;
    return this;
  }

  /**
   * The least severe level that fails a run, rather than the configuration's.
   *
   * @param level the level
   * @return this builder
   */
  public WorkspaceBuilder failOn(Level level) {
    failOn = Optional.of(level);
    return this;
  }

  /**
   * How many warnings pass, rather than the configuration's limit.
   *
   * @param limit 0 or more
   * @return this builder
   * @throws IllegalArgumentException when the limit is negative
   */
  public WorkspaceBuilder maxWarnings(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("max-warnings must be 0 or more, not " + limit);
    }
    maxWarnings = OptionalInt.of(limit);
    return this;
  }

  /**
   * The workspace. Nothing is read yet: configuration, plugins and inputs are read on first use.
   *
   * @return the workspace
   */
  public Workspace build() {
    return new Workspace(new Session(new WorkspaceOptions(workingDirectory, configFile, settings, inputs, globs,
        texts, plugins, baseline, useBaseline, failOn, maxWarnings)));
  }
}
