package io.github.anthology.io.papers.snapshot;

import io.github.anthology.io.ReadException;
import io.github.anthology.io.SourceFiles;
import io.github.anthology.io.papers.PaperMetadataSource;
import io.github.anthology.model.PaperMetadata;
import io.github.anthology.model.source.SourceSpan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * arXiv's metadata snapshot as a source. The snapshot (about 4 GB) is indexed once into a compact
 * side file, rebuilt whenever the snapshot changes; lookups read the index. A snapshot only speaks
 * for the papers in it: an id it lacks may be newer than the snapshot, so it is never reported as
 * not existing.
 */
public final class SnapshotSource implements PaperMetadataSource {
  private final SnapshotIndex index;

  private SnapshotSource(SnapshotIndex index) {
    this.index = index;
  }

  /** Opens the snapshot through its side file, building it first when it is missing or stale. */
  public static SnapshotSource open(Path snapshot, Path indexFile) throws ReadException {
    if (!Files.isRegularFile(snapshot)) {
      throw new ReadException(SourceSpan.ofFile(SourceFiles.display(snapshot)), "no such snapshot file");
    }
    if (!SnapshotIndex.isCurrent(snapshot, indexFile)) {
      SnapshotIndex.build(snapshot, indexFile);
    }
    return new SnapshotSource(SnapshotIndex.open(indexFile));
  }

  /**
   * Where a snapshot's side file goes by default: the user's cache directory
   * ({@code $XDG_CACHE_HOME/anthology}, else {@code ~/.cache/anthology}), under a name made from the
   * snapshot's absolute path, so a snapshot in a read-only place (or shared by several registries)
   * is indexed once and nothing is written beside it.
   */
  public static Path defaultIndex(Path snapshot) {
    Path absolute = snapshot.toAbsolutePath().normalize();
    String cache = Optional.ofNullable(System.getenv("XDG_CACHE_HOME")).filter(s -> !s.isBlank())
        .orElse(System.getProperty("user.home") + "/.cache");
    String key = Integer.toHexString(absolute.toString().hashCode());
    return Path.of(cache, "anthology", absolute.getFileName() + "-" + key + ".anthology-index");
  }

  @Override
  public String name() {
    return SnapshotRecords.SOURCE;
  }

  /** How many papers the snapshot holds. */
  public long size() {
    return index.size();
  }

  @Override
  public Map<String, PaperMetadata> lookup(Collection<String> ids) throws ReadException {
    Map<String, PaperMetadata> found = new LinkedHashMap<>();
    for (String id : ids) {
      Optional<PaperMetadata> m = index.find(id);
      if (m.isPresent()) {
        found.put(id, m.get());
      }
    }
    return found;
  }

  @Override
  public void close() {
    try {
      index.close();
    } catch (ReadException e) {
      // nothing was written; a failed close of a read-only channel loses nothing
    }
  }
}
