package io.github.anthology.api.internal;

import io.github.anthology.io.ConfigLoader;
import io.github.anthology.io.ReadException;
import io.github.anthology.model.config.RawConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The configuration a workspace uses, as written: an explicit file, else settings built in code,
 * else the {@code anthology.yaml} of the first input that is a directory holding one or a file
 * beside one (the working directory when there is no input), else the defaults.
 *
 * @param raw the configuration as written
 * @param explicit whether it was named (a file or settings) rather than found
 * @param foundIn the directory input it was found in, if it was found in one
 */
public record ChosenConfig(RawConfig raw, boolean explicit, Optional<Path> foundIn) {
  /**
   * Chooses the configuration.
   *
   * @param options the workspace's options
   * @param given the inputs as given, resolved against the working directory (never empty)
   * @return the configuration and how it was chosen
   * @throws ReadException when the chosen file cannot be read
   */
  public static ChosenConfig choose(WorkspaceOptions options, List<Path> given) throws ReadException {
    if (options.configFile().isPresent()) {
      return new ChosenConfig(ConfigTexts.load(options, options.resolve(options.configFile().get())), true,
          Optional.empty());
    }
    String here = options.workingDirectory().toAbsolutePath().normalize().toString();
    if (options.settings().isPresent()) {
      return new ChosenConfig(options.settings().get().toRawConfig(here), true, Optional.empty());
    }
    for (Path p : given) {
      boolean directory = Files.isDirectory(p);
      Path where = directory ? p : p.toAbsolutePath().normalize().getParent();
      Optional<Path> found = where == null ? Optional.empty() : ConfigLoader.find(where);
      if (found.isPresent()) {
        return new ChosenConfig(ConfigTexts.load(options, found.get()), false, directory ? Optional.of(p) : Optional.empty());
      }
    }
    return new ChosenConfig(RawConfig.empty(here), false, Optional.empty());
  }

  /**
   * The plugin jars the configuration names, resolved against its directory.
   *
   * @return the jars
   */
  public List<Path> plugins() {
    Path dir = Path.of(raw.directory());
    return raw.plugins().stream().map(s -> dir.resolve(s.text().trim()).normalize()).toList();
  }
}
