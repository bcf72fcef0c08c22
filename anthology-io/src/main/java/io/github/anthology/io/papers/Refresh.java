package io.github.anthology.io.papers;

import io.github.anthology.io.ReadException;
import io.github.anthology.io.RegistryInputs;
import io.github.anthology.io.RegistryLoader;
import io.github.anthology.io.SourceFiles;
import io.github.anthology.io.edit.AtomicWriter;
import io.github.anthology.model.Anthology;
import io.github.anthology.model.Citations;
import io.github.anthology.model.PaperMetadata;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Fills a registry's lock file from a source: the ids the registry cites that the lock file lacks
 * (or, with {@code all}, every id cited) are looked up; what the source answers is recorded, what
 * it cannot answer keeps its old entry, and entries of ids no longer cited are dropped. The file is
 * written atomically, and only when its text changes.
 */
public final class Refresh {
  private Refresh() {}

  /**
   * What a refresh did.
   *
   * @param unanswered ids cited that the source could not speak for and the lock file still lacks
   * @param notFound ids the source says do not exist (recorded as such)
   */
  public record Result(Path lockFile, boolean written, int asked, int added, int updated,
      List<String> notFound, List<String> unanswered, List<String> dropped) {}

  /** Refreshes the lock file of the registry of these paths ({@link LockFile#location}). */
  public static Result run(List<Path> paths, PaperMetadataSource source, boolean all) throws ReadException {
    Path lockFile = LockFile.location(RegistryInputs.files(paths, RegistryInputs.WhenEmpty.WORKING_DIRECTORY));
    return run(RegistryLoader.load(paths).anthology(), lockFile, source, all, AtomicWriter.standard());
  }

  public static Result run(Anthology anthology, Path lockFile, PaperMetadataSource source, boolean all,
      AtomicWriter writer) throws ReadException {
    Set<String> cited = Citations.ids(anthology);
    Map<String, PaperMetadata> locked = anthology.paperMetadata();
    Collection<String> wanted = all ? cited : cited.stream().filter(id -> !locked.containsKey(id)).toList();
    Map<String, PaperMetadata> answer = wanted.isEmpty() ? Map.of() : source.lookup(wanted);
    Map<String, PaperMetadata> next = new TreeMap<>();
    int added = 0;
    int updated = 0;
    List<String> notFound = new ArrayList<>();
    List<String> unanswered = new ArrayList<>();
    for (String id : cited) {
      PaperMetadata fresh = answer.get(id);
      PaperMetadata old = locked.get(id);
      if (fresh != null) {
        next.put(id, fresh);
        added += old == null ? 1 : 0;
        updated += old != null && !old.equals(fresh) ? 1 : 0;
        if (!fresh.found()) {
          notFound.add(id);
        }
      } else if (old != null) {
        next.put(id, old);
      } else {
        unanswered.add(id);
      }
    }
    List<String> dropped = new ArrayList<>(new TreeSet<>(locked.keySet()));
    dropped.removeAll(cited);
    boolean written = write(lockFile, LockFile.text(next.values()), next.isEmpty(), writer);
    return new Result(lockFile, written, wanted.size(), added, updated, notFound, unanswered, dropped);
  }

  private static boolean write(Path lockFile, String text, boolean empty, AtomicWriter writer) throws ReadException {
    try {
      boolean exists = Files.isRegularFile(lockFile);
      if (exists ? Files.readString(lockFile, StandardCharsets.UTF_8).equals(text) : empty) {
        return false;
      }
    } catch (IOException e) {
      throw SourceFiles.cannotRead(SourceFiles.display(lockFile), e);
    }
    LockFile.write(lockFile, text, writer);
    return true;
  }
}
