package io.github.anthology.io;

import io.github.anthology.model.config.RawConfig;
import io.github.anthology.model.source.Scalar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Follows the files an {@code extends:} names, as ESLint and markdownlint-cli2 do: a name with a
 * {@code /} or ending in {@code .yaml}/{@code .yml} is a file, resolved against the directory of the
 * configuration that names it; any other name is a preset. Each file is read (its own
 * {@code extends} followed first), then the naming file's settings are laid over it
 * ({@link ConfigMerge}). A file that is missing, or that extends itself through a chain, is an
 * error at the name in {@code extends}.
 */
final class ConfigExtends {
  /** Reads one configuration file from its text, without following its {@code extends}. */
  interface Reader {
    RawConfig read(Path file, Optional<String> text) throws ReadException;
  }

  private final Reader reader;

  ConfigExtends(Reader reader) {
    this.reader = reader;
  }

  /**
   * @param file the configuration file, as shown in messages
   * @param text its text when it is held in memory, else empty (read from disk)
   * @return the configuration with every file it extends merged under it
   */
  RawConfig load(Path file, Optional<String> text) throws ReadException {
    return load(file, text, List.of(new Chained(file.toAbsolutePath().normalize(), name(file))));
  }

  /** @param chain the files being read, from the first to this one, each as its extender named it */
  private RawConfig load(Path file, Optional<String> text, List<Chained> chain) throws ReadException {
    RawConfig own = reader.read(file, text);
    List<Scalar> files = own.presets().stream().filter(s -> isFile(s.text())).toList();
    if (files.isEmpty()) {
      return own;
    }
    RawConfig merged = null;
    for (Scalar name : files) {
      String written = name.text().trim();
      Path target = Path.of(own.directory()).resolve(written).normalize();
      if (chain.stream().anyMatch(c -> c.file().equals(target))) {
        throw new ReadException(name.span(), "`extends` cycle: " + cycle(chain, written));
      }
      if (!Files.isRegularFile(target)) {
        throw new ReadException(name.span(), "`extends` names " + written + ", which is not a file");
      }
      Path parent = file.getParent();
      Path shown = (parent == null ? Path.of(written) : parent.resolve(written)).normalize();
      List<Chained> next = new ArrayList<>(chain);
      next.add(new Chained(target, written));
      RawConfig base = load(shown, Optional.empty(), next);
      merged = merged == null ? base : ConfigMerge.over(merged, base);
    }
    return ConfigMerge.over(merged, withPresets(own, own.presets().stream().filter(s -> !isFile(s.text())).toList()));
  }

  private static String name(Path file) {
    Path n = file.getFileName();
    return n == null ? file.toString() : n.toString();
  }

  private static String cycle(List<Chained> chain, String closing) {
    StringBuilder out = new StringBuilder(chain.get(0).named);
    for (int i = 1; i < chain.size(); i++) {
      out.append(i == 1 ? " extends " : ", which extends ").append(chain.get(i).named);
    }
    return out.append(chain.size() == 1 ? " extends " : ", which extends ").append(closing).append(" again").toString();
  }

  /** Whether an {@code extends} entry names a file rather than a preset. */
  static boolean isFile(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    return n.contains("/") || n.contains("\\") || n.endsWith(".yaml") || n.endsWith(".yml");
  }

  private static RawConfig withPresets(RawConfig c, List<Scalar> presets) {
    return new RawConfig(c.file(), c.directory(), c.inputs(), presets, c.rules(), c.overrides(), c.ignores(),
        c.baseline(), c.failOn(), c.maxWarnings(), c.plugins());
  }

  private record Chained(Path file, String named) {}
}
