package io.github.anthology.api.internal.build;

import io.github.anthology.io.registry.ExportOptions;
import io.github.anthology.io.registry.RegistryFormat;
import io.github.anthology.io.registry.RegistryWriter;
import io.github.anthology.model.Anthology;
import io.github.anthology.model.stats.RegistryStatistics;
import io.github.anthology.render.build.Artifact;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The registry exports a build writes beside its documents: registry.yaml and registry.json, with one per-topic summary. */
public final class Exports {
  /** The export formats, in writing order. */
  public static final List<RegistryFormat> FORMATS = List.of(RegistryFormat.YAML, RegistryFormat.JSON);

  private Exports() {}

  /**
   * @param anthology the registry
   * @param date the date to stamp, if any
   * @return an artifact per export format
   */
  public static List<Artifact> of(Anthology anthology, Optional<LocalDate> date) {
    ExportOptions options = date.map(d -> ExportOptions.lastUpdated(d.toString())).orElse(ExportOptions.DEFAULT);
    Supplier<RegistryStatistics> statistics = new Once<>(() -> RegistryStatistics.of(anthology));
    return FORMATS.stream()
        .map(f -> new Artifact(f.fileName(), out -> RegistryWriter.write(anthology, f, options, statistics, out)))
        .toList();
  }

  /** A value worked out by the first export that asks for it (they are written side by side) and shared. */
  private static final class Once<T> implements Supplier<T> {
    private final Supplier<T> compute;
    private T value;

    Once(Supplier<T> compute) {
      this.compute = compute;
    }

    @Override
    public synchronized T get() {
      if (value == null) {
        value = compute.get();
      }
      return value;
    }
  }
}
