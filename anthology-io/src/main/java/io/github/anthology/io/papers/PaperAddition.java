package io.github.anthology.io.papers;

import io.github.anthology.io.LoadedRegistry;
import io.github.anthology.io.ReadException;
import io.github.anthology.io.RegistryInputs;
import io.github.anthology.io.RegistryLoader;
import io.github.anthology.io.SourceFiles;
import io.github.anthology.io.edit.AtomicWriter;
import io.github.anthology.io.edit.ChangeSet;
import io.github.anthology.io.rewrite.PaperInsertion;
import io.github.anthology.io.rewrite.Problem;
import io.github.anthology.io.rewrite.Rewrite;
import io.github.anthology.model.ArxivId;
import io.github.anthology.model.PaperMetadata;
import io.github.anthology.model.source.SourceSpan;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code papers add ID}: the paper's metadata from the lock file, else from a source; the entry
 * added to research.yaml ({@link PaperInsertion}); and, when the metadata came from a source, the
 * entry the lock file gains, so the next lint checks the new paper against the same facts.
 */
public final class PaperAddition {
  /** The change to research.yaml, and the lock file's new text when it gains an entry. */
  public record Result(Rewrite rewrite, Path lockFile, Optional<String> lockText) {
    /** Writes the lock file's new text, if any (atomically). */
    public void writeLock(AtomicWriter writer) throws ReadException {
      if (lockText.isPresent()) {
        LockFile.write(lockFile, lockText.get(), writer);
      }
    }
  }

  private PaperAddition() {}

  /** Adds the paper to the registry of these paths, whose lock file is {@link LockFile#location beside its first file}. */
  public static Result add(List<Path> paths, String id, List<String> topics, Optional<PaperMetadataSource> source)
      throws ReadException {
    return add(RegistryLoader.load(paths), LockFile.location(RegistryInputs.files(paths, RegistryInputs.WhenEmpty.WORKING_DIRECTORY)), id, topics, source);
  }

  public static Result add(LoadedRegistry registry, Path lockFile, String id, List<String> topics,
      Optional<PaperMetadataSource> source) throws ReadException {
    String wanted = ArxivId.unversioned(id);
    if (!ArxivId.isArxivId(wanted)) {
      return failed(lockFile, SourceSpan.ofFile(id), "`" + id + "` is not an arXiv id (e.g. 2203.15556)");
    }
    Map<String, PaperMetadata> locked = registry.anthology().paperMetadata();
    PaperMetadata metadata = locked.get(wanted);
    boolean fromSource = false;
    if (metadata == null && source.isPresent()) {
      metadata = source.get().lookup(List.of(wanted)).get(wanted);
      fromSource = metadata != null;
    }
    if (metadata == null) {
      return failed(lockFile, SourceSpan.ofFile(SourceFiles.display(lockFile)), "no metadata for " + wanted
          + (source.isPresent() ? " in " + source.get().name() : " in the lock file; name a --source"));
    }
    if (!metadata.found()) {
      return failed(lockFile, SourceSpan.ofFile(metadata.source()), "arXiv has no paper " + wanted);
    }
    Rewrite rewrite = PaperInsertion.add(registry, metadata, topics);
    Optional<String> lockText = Optional.empty();
    if (fromSource && rewrite.problems().isEmpty()) {
      Map<String, PaperMetadata> next = new TreeMap<>(locked);
      next.put(wanted, metadata);
      lockText = Optional.of(LockFile.text(next.values()));
    }
    return new Result(rewrite, lockFile, lockText);
  }

  private static Result failed(Path lockFile, SourceSpan at, String message) {
    return new Result(new Rewrite(new ChangeSet(), List.of(new Problem(at, message))), lockFile, Optional.empty());
  }
}
