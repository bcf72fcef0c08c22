package io.github.anthology.cli.commands;

import io.github.anthology.io.LoadedRegistry;
import io.github.anthology.io.ReadException;
import io.github.anthology.io.git.RegistryVersion;
import io.github.anthology.rules.api.Finding;
import io.github.anthology.rules.config.Configuration;
import io.github.anthology.rules.diff.RegistryDiff;
import io.github.anthology.rules.diff.RegistryDiffer;
import io.github.anthology.rules.engine.RuleRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Two versions of a registry read, linted and compared. Each side is a file or directory, or a git
 * revision; a revision reads the files of the other side (or of the working directory) as they were.
 * Both sides are linted with one configuration, the one a lint of the path side would use.
 */
public final class DiffSession {
  private DiffSession() {}

  /**
   * What a run compares and how: the sides as given, the registry a revision reads (default: the
   * path side, else the current directory), the configuration file, whether to lint.
   */
  public record Request(String oldVersion, String newVersion, Optional<Path> registry, Optional<Path> config,
      boolean lint) {}

  public static RegistryDiff compare(Request request) throws ReadException {
    Path pathSide = RegistryVersion.isPath(request.newVersion()) ? Path.of(request.newVersion())
        : RegistryVersion.isPath(request.oldVersion()) ? Path.of(request.oldVersion()) : request.registry().orElse(Path.of("."));
    InputSelection inputs = InputSelection.choose(List.of(pathSide), request.config(), RuleRegistry.load());
    LoadedRegistry old = RegistryVersion.load(request.oldVersion(), paths(request.oldVersion(), inputs), pathSide);
    LoadedRegistry now = RegistryVersion.load(request.newVersion(), paths(request.newVersion(), inputs), pathSide);
    Configuration config = inputs.configuration();
    List<Finding> oldFindings = request.lint() ? config.plan().lint(old.anthology(), old.texts()) : List.of();
    List<Finding> newFindings = request.lint() ? config.plan().lint(now.anthology(), now.texts()) : List.of();
    return RegistryDiffer.between(old.anthology(), oldFindings, now.anthology(), newFindings);
  }

  /** A path side reads itself; a revision reads the inputs the path side stands for. */
  private static List<Path> paths(String version, InputSelection inputs) {
    return RegistryVersion.isPath(version) ? List.of(Path.of(version)) : inputs.paths();
  }
}
