package io.github.anthology.api.internal;

import io.github.anthology.io.ConfigLoader;
import io.github.anthology.io.ReadException;
import io.github.anthology.model.config.RawConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * In-memory texts named {@code anthology.yaml}: an editor's unsaved configuration. Such a text
 * stands in for the configuration file of that path and is never read as a registry input.
 */
final class ConfigTexts {
  private ConfigTexts() {}

  /**
   * @param name a text's file name as given
   * @return whether the text is a configuration
   */
  static boolean isConfig(String name) {
    Path file = Path.of(name).getFileName();
    return file != null && file.toString().equals(ConfigLoader.FILE_NAME);
  }

  /**
   * Reads a configuration file, or the text that stands in for it.
   *
   * @param options the workspace's options, with their texts
   * @param file the configuration file, resolved
   * @return the configuration as written
   * @throws ReadException when it cannot be read
   */
  static RawConfig load(WorkspaceOptions options, Path file) throws ReadException {
    Path wanted = file.toAbsolutePath().normalize();
    for (Map.Entry<String, String> text : options.texts().entrySet()) {
      if (isConfig(text.getKey()) && options.resolve(Path.of(text.getKey())).toAbsolutePath().normalize().equals(wanted)) {
        return ConfigLoader.load(file, text.getValue());
      }
    }
    return ConfigLoader.load(file);
  }

  /**
   * @param options the workspace's options
   * @return the texts that are registry inputs (not configurations), by resolved path, in their order
   */
  static Map<Path, String> registryTexts(WorkspaceOptions options) {
    Map<Path, String> out = new LinkedHashMap<>();
    options.texts().forEach((name, text) -> {
      if (!isConfig(name)) {
        out.put(options.resolve(Path.of(name)), text);
      }
    });
    return out;
  }
}
