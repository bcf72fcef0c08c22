package io.github.anthology.cli.commands;

import io.github.anthology.io.ConfigLoader;
import io.github.anthology.io.ReadException;
import io.github.anthology.model.config.RawConfig;
import io.github.anthology.rules.config.ConfigResolver;
import io.github.anthology.rules.config.Configuration;
import io.github.anthology.rules.engine.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which configuration applies and which files to read. The configuration is {@code --config}, else
 * the {@code anthology.yaml} of the first PATH that is a directory holding one or a file beside one
 * (the working directory when there is no PATH); a directory whose configuration lists
 * {@code inputs} stands for those inputs, a file PATH stays itself.
 */
public record InputSelection(Configuration configuration, List<Path> paths) {
  public static InputSelection choose(List<Path> paths, Optional<Path> explicitConfig, RuleRegistry rules)
      throws ReadException {
    List<Path> given = paths.isEmpty() ? List.of(Path.of(".")) : paths;
    Optional<Path> configFile = explicitConfig;
    Optional<Path> configDir = Optional.empty();
    if (configFile.isEmpty()) {
      for (Path p : given) {
        boolean directory = Files.isDirectory(p);
        Path where = directory ? p : p.toAbsolutePath().normalize().getParent();
        Optional<Path> found = where == null ? Optional.empty() : ConfigLoader.find(where);
        if (found.isPresent()) {
          configFile = found;
          configDir = directory ? Optional.of(p) : Optional.empty();
          break;
        }
      }
    }
    RawConfig raw = configFile.isPresent() ? ConfigLoader.load(configFile.get())
        : RawConfig.empty(Path.of("").toAbsolutePath().toString());
    Configuration configuration = new ConfigResolver(rules).resolve(raw);
    if (configuration.inputs().isEmpty()) {
      return new InputSelection(configuration, explicitConfig.isPresent() && paths.isEmpty()
          ? List.of(relative(Path.of(raw.directory()))) : given);
    }
    if (explicitConfig.isPresent() && paths.isEmpty()) {
      return new InputSelection(configuration, relative(configuration.inputs()));
    }
    List<Path> out = new ArrayList<>();
    for (Path p : given) {
      if (configDir.isPresent() && p.equals(configDir.get())) {
        out.addAll(relative(configuration.inputs()));
      } else {
        out.add(p);
      }
    }
    return new InputSelection(configuration, out);
  }

  /** Paths as they are shown in findings: relative to the working directory when under it. */
  private static List<Path> relative(List<Path> paths) {
    return paths.stream().map(InputSelection::relative).toList();
  }

  private static Path relative(Path path) {
    Path relative = Path.of("").toAbsolutePath().relativize(path.toAbsolutePath().normalize());
    return relative.toString().isEmpty() ? Path.of(".") : relative;
  }
}
