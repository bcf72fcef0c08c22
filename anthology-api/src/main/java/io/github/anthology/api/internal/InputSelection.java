package io.github.anthology.api.internal;

import io.github.anthology.rules.config.Configuration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Which files to read. A directory input whose configuration lists {@code inputs} stands for
 * those inputs, a file input stays itself; with a named configuration and no inputs, the
 * configuration's inputs are read (or its directory, when it lists none).
 */
final class InputSelection {
  private InputSelection() {}

  /**
   * @param options the workspace's options (for naming paths)
   * @param given the inputs as given, resolved; empty when the workspace was given none
   * @param chosen how the configuration was chosen
   * @param configuration the checked configuration
   */
  static List<Path> paths(WorkspaceOptions options, List<Path> given, ChosenConfig chosen, Configuration configuration) {
    boolean none = given.isEmpty();
    List<Path> inputs = none ? List.of(options.resolve(Path.of("."))) : given;
    if (configuration.inputs().isEmpty()) {
      return chosen.explicit() && none ? List.of(options.shown(Path.of(chosen.raw().directory()))) : inputs;
    }
    if (chosen.explicit() && none) {
      return shown(options, configuration.inputs());
    }
    List<Path> out = new ArrayList<>();
    for (Path p : inputs) {
      if (chosen.foundIn().isPresent() && p.equals(chosen.foundIn().get())) {
        out.addAll(shown(options, configuration.inputs()));
      } else {
        out.add(p);
      }
    }
    return out;
  }

  private static List<Path> shown(WorkspaceOptions options, List<Path> paths) {
    return paths.stream().map(options::shown).toList();
  }
}
