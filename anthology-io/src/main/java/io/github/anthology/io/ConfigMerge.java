package io.github.anthology.io;

import io.github.anthology.model.config.RawConfig;
import io.github.anthology.model.source.Scalar;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lays one configuration over another it extends. The extending file wins: its {@code inputs}
 * replace the extended ones when it has any, and its {@code baseline}, {@code fail-on} and
 * {@code max-warnings} win when set. Lists add up, the extended entries first: presets (the
 * largest enables), {@code rules} (applied in order, so a rule set in both takes the extending
 * file's severity when it gives one and keeps each option it does not set), {@code overrides}
 * (later entries win), {@code ignores} and {@code plugins}. File paths of the extended file
 * ({@code inputs}, {@code baseline}, {@code plugins}) keep meaning what they meant there; globs
 * ({@code ignores}, {@code overrides}) match relative to the extending file's directory, so a
 * shared file describes a layout that applies where it is used.
 */
final class ConfigMerge {
  private ConfigMerge() {}

  /**
   * @param base the extended configuration
   * @param over the extending one
   * @return the merged configuration, named and placed as {@code over}
   */
  static RawConfig over(RawConfig base, RawConfig over) {
    Path from = Path.of(base.directory());
    boolean moved = !from.equals(Path.of(over.directory()));
    List<Scalar> inputs = over.inputs().isEmpty()
        ? base.inputs().stream().map(s -> rebased(from, moved, s)).toList() : over.inputs();
    Optional<Scalar> baseline = over.baseline().isPresent() ? over.baseline()
        : base.baseline().map(s -> rebased(from, moved, s));
    return new RawConfig(over.file(), over.directory(), inputs, both(base.presets(), over.presets()),
        both(base.rules(), over.rules()), both(base.overrides(), over.overrides()),
        both(base.ignores(), over.ignores()), baseline, over.failOn().or(base::failOn),
        over.maxWarnings().or(base::maxWarnings),
        both(base.plugins().stream().map(s -> rebased(from, moved, s)).toList(), over.plugins()));
  }

  private static <T> List<T> both(List<T> first, List<T> then) {
    List<T> out = new ArrayList<>(first);
    out.addAll(then);
    return out;
  }

  /** A path of the extended file, made absolute when the files are in different directories. */
  private static Scalar rebased(Path from, boolean moved, Scalar path) {
    return moved ? new Scalar(from.resolve(path.text().trim()).normalize().toString(), path.span(), path.plain()) : path;
  }
}
