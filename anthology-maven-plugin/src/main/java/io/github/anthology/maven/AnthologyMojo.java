package io.github.anthology.maven;

import io.github.anthology.api.AnthologyException;
import io.github.anthology.api.Workspace;
import io.github.anthology.api.WorkspaceBuilder;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every goal shares: the registry's configuration, inputs, plugins and baseline, read as the
 * {@code anthology} command reads them, with the project's directory as the working directory.
 * Whatever Anthology cannot do fails the goal with its one-line message ({@code file:line:col:
 * problem}).
 */
abstract class AnthologyMojo extends AbstractMojo {
  /** The project's directory: inputs and the configuration are found from here. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  File basedir;

  /**
   * The configuration file. Default: the {@code anthology.yaml} of the first input directory (or
   * beside the first input file), else of the project's directory; without one, the
   * {@code recommended} preset with every default.
   */
  @Parameter(property = "anthology.configFile")
  File configFile;

  /**
   * Registry files, directories or globs ({@code *}, {@code ?}, {@code [..]}, {@code {..}}),
   * relative to the project's directory. Default: the project's directory, which stands for the
   * configuration's {@code inputs}, else the {@code taxonomy.yaml} and {@code research.yaml} in it.
   */
  @Parameter(property = "anthology.inputs")
  List<String> inputs = new ArrayList<>();

  /**
   * Plugin rule jars, besides the configuration's {@code plugins}. Rules packaged as Maven artifacts
   * go in this plugin's {@code <dependencies>} instead.
   */
  @Parameter
  List<File> plugins = new ArrayList<>();

  /** The baseline file: only findings it does not record count. Default: the configuration's {@code baseline}. */
  @Parameter(property = "anthology.baseline")
  File baseline;

  /** Skips the goal. */
  @Parameter(property = "anthology.skip", defaultValue = "false")
  boolean skip;

  ProjectPaths paths = new ProjectPaths();

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("anthology: skipped");
      return;
    }
    try {
      run();
    } catch (AnthologyException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("anthology: " + e.getMessage(), e);
    }
  }

  /**
   * The goal's work.
   *
   * @throws AnthologyException when the configuration, a plugin, an input or an output cannot be used
   * @throws MojoExecutionException when a parameter is wrong or a rule failed
   * @throws MojoFailureException when the findings fail the build
   */
  abstract void run() throws AnthologyException, MojoExecutionException, MojoFailureException;

  /**
   * @return a workspace builder with this goal's common parameters
   */
  WorkspaceBuilder workspace() {
    WorkspaceBuilder builder = Workspace.builder().workingDirectory(paths.shown(basedir));
    for (String input : inputs) {
      if (isGlob(input)) {
        builder.glob(input);
      } else {
        builder.input(Path.of(input));
      }
    }
    if (configFile != null) {
      builder.configFile(shownFromBase(configFile));
    }
    plugins.forEach(jar -> builder.plugin(shownFromBase(jar)));
    if (baseline != null) {
      builder.baseline(shownFromBase(baseline));
    }
    return builder;
  }

  /** A file Maven gave (absolute), as the workspace takes it: relative to the project's directory when under it. */
  Path shownFromBase(File file) {
    Path base = basedir.toPath().toAbsolutePath().normalize();
    Path path = file.toPath().toAbsolutePath().normalize();
    return path.startsWith(base) ? base.relativize(path) : path;
  }

  private static boolean isGlob(String input) {
    return input.chars().anyMatch(c -> "*?[{".indexOf(c) >= 0);
  }
}
