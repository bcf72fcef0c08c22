package io.github.anthology.io.ids;

import io.github.anthology.io.ReadException;
import io.github.anthology.io.SourceFiles;
import io.github.anthology.io.registry.RegistryContents;
import io.github.anthology.io.registry.RegistryFormat;
import io.github.anthology.io.registry.RegistryReader;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.model.source.SourceSpan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the ids a published registry gives: a {@code registry.yaml}, {@code .json} or {@code .jsonl}
 * export (by its extension), or the reference system's side-car {@code mlr_registry.json} (by its
 * keys). A record without an id gives none.
 */
public final class PublishedReader {
  private PublishedReader() {}

  public static Published read(Path path) throws ReadException {
    String name = SourceFiles.display(path);
    return read(name, SourceFiles.read(path));
  }

  public static Published read(String name, String text) throws ReadException {
    if (SideCarReader.isSideCar(text)) {
      return SideCarReader.read(name, text);
    }
    RegistryContents contents = RegistryReader.read(name, text, RegistryFormat.ofFileName(name).orElse(RegistryFormat.YAML));
    if (contents.recommendations().isEmpty()) {
      throw new ReadException(SourceSpan.ofFile(name), "holds no published recommendations; adopt ids from a"
          + " registry.yaml, registry.json or registry.jsonl export, or from the reference system's mlr_registry.json");
    }
    List<PublishedId> ids = new ArrayList<>();
    for (Recommendation rec : contents.recommendations()) {
      rec.id().map(Scalar::text).ifPresent(id ->
          ids.add(new PublishedId(id, Optional.of(rec.text()), rec.source(), Optional.of(rec.status()), rec.span())));
    }
    return new Published(name, ids, false);
  }
}
