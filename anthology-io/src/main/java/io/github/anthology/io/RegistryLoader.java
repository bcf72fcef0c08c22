package io.github.anthology.io;

import io.github.anthology.io.RegistryInputs.WhenEmpty;
import io.github.anthology.io.markdown.ReadingListReader;
import io.github.anthology.io.papers.LockFile;
import io.github.anthology.io.registry.JsonlReader;
import io.github.anthology.io.registry.RegistryContents;
import io.github.anthology.io.registry.RegistryFormat;
import io.github.anthology.io.registry.RegistryReader;
import io.github.anthology.io.yaml.ResearchStream;
import io.github.anthology.io.yaml.ResearchYamlReader;
import io.github.anthology.io.yaml.TaxonomyYamlReader;
import io.github.anthology.io.yaml.YamlDocument;
import io.github.anthology.model.Anthology;
import io.github.anthology.model.ImmutableAnthology;
import io.github.anthology.model.Paper;
import io.github.anthology.model.ReadingList;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.source.SourceSpan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;

/**
 * Reads the files of a registry, found by {@link RegistryInputs}: a file is read as what
 * its content shows it to be.
 */
public final class RegistryLoader {
  private RegistryLoader() {}

  /**
   * Reads the registry of the paths, and the paper metadata of its lock file when there is one
   * ({@link LockFile}: beside the first file read).
   */
  public static LoadedRegistry load(List<Path> paths) throws ReadException {
    return load(RegistryInputs.files(paths, WhenEmpty.WORKING_DIRECTORY), Map.of());
  }

  /**
   * Reads the registry of the paths holding the text of every file, JSONL exports too, so that
   * edits can be made to any of them ({@code lint --fix}); {@link #load} streams JSONL instead.
   */
  public static LoadedRegistry loadForEditing(List<Path> paths) throws ReadException {
    return loadForEditing(RegistryInputs.files(paths, WhenEmpty.WORKING_DIRECTORY), Map.of());
  }

  /** {@link #load(List, Map)}, holding JSONL texts too, as {@link #loadForEditing(List)} does. */
  public static LoadedRegistry loadForEditing(List<Path> paths, Map<Path, String> unsaved) throws ReadException {
    return load(paths, unsaved, false, ReadListener.NONE);
  }

  /** {@link #loadForEditing(List, Map)}, telling the listener of each file read. */
  public static LoadedRegistry loadForEditing(List<Path> paths, Map<Path, String> unsaved, ReadListener listener)
      throws ReadException {
    return load(paths, unsaved, false, listener);
  }

  /**
   * Reads the files the paths stand for, except that a file named in {@code unsaved} is read from
   * there instead of from disk (an editor's buffer, say); unsaved texts of files the paths do not
   * stand for are read after them, in their given order. Files are matched by absolute path. The
   * lock file is looked for beside the first file, as {@link #load(List)} does.
   *
   * @param paths files and directories to read; may be empty when {@code unsaved} holds every file
   * @param unsaved texts held in memory, by the path of the file they stand for
   */
  public static LoadedRegistry load(List<Path> paths, Map<Path, String> unsaved) throws ReadException {
    return load(paths, unsaved, true, ReadListener.NONE);
  }

  /** {@link #load(List, Map)}, telling the listener of each file read. */
  public static LoadedRegistry load(List<Path> paths, Map<Path, String> unsaved, ReadListener listener)
      throws ReadException {
    return load(paths, unsaved, true, listener);
  }

  private static LoadedRegistry load(List<Path> paths, Map<Path, String> unsaved, boolean streamJsonl,
      ReadListener listener) throws ReadException {
    List<Path> files = new ArrayList<>(RegistryInputs.files(paths, WhenEmpty.NOTHING));
    RegistryInputs.settle(files);
    Map<Path, Path> pending = new LinkedHashMap<>();
    unsaved.keySet().forEach(p -> pending.put(p.toAbsolutePath().normalize(), p));
    Map<String, String> texts = new LinkedHashMap<>();
    List<Path> streamed = new ArrayList<>();
    HeapRoom.check(files.stream().filter(f -> !(streamJsonl && isJsonl(f))).toList());
    for (Path file : files) {
      Path given = pending.remove(file.toAbsolutePath().normalize());
      if (given != null) {
        texts.put(SourceFiles.display(file), unsaved.get(given));
      } else if (streamJsonl && isJsonl(file)) {
        streamed.add(file);
      } else {
        texts.put(SourceFiles.display(file), SourceFiles.read(file));
      }
    }
    for (Path given : pending.values()) {
      texts.put(SourceFiles.display(given), unsaved.get(given));
      files.add(given);
    }
    listener.files(texts.size() + streamed.size());
    LoadedRegistry registry = read(texts, streamed, listener);
    Optional<Path> lock = LockFile.find(files);
    return lock.isEmpty() ? registry : registry.withPaperMetadata(LockFile.read(lock.get()));
  }

  /**
   * Reads a registry from file texts held in memory, by file name in reading order: how a rewrite
   * re-reads what its edits made before anything is written.
   */
  public static LoadedRegistry read(Map<String, String> texts) throws ReadException {
    return read(texts, List.of(), ReadListener.NONE);
  }

  /** Reads the texts, then streams the JSONL files, whose text is never held whole. */
  private static LoadedRegistry read(Map<String, String> texts, List<Path> streamed, ReadListener listener)
      throws ReadException {
    Map<String, Future<YamlDocument>> ahead =
        ComposeAhead.start(texts, (name, text) -> composedAsYaml(name, text) && !ResearchStream.startsAsResearch(text));
    ImmutableAnthology.Builder anthology = Anthology.builder();
    boolean hasTaxonomy = false;
    for (Map.Entry<String, String> file : texts.entrySet()) {
      String name = file.getKey();
      String text = file.getValue();
      listener.reading(name);
      anthology.addSources(name);
      if (text.isBlank() && !InputKind.isMarkdown(name)) {
        throw EmptyFile.of(name, RegistryFormat.ofFileName(name).orElse(null) != RegistryFormat.JSON);
      }
      if (!composedAsYaml(name, text)) {
        readUncomposed(anthology, name, text);
        continue;
      }
      Optional<List<Paper>> research = ahead.containsKey(name) ? Optional.empty() : ResearchStream.read(name, text);
      if (research.isPresent()) {
        addPapers(anthology, research.get());
        continue;
      }
      YamlDocument doc = ahead.containsKey(name) ? ComposeAhead.await(ahead.get(name)) : YamlDocument.parse(name, text);
      if (doc.root() == null) {
        throw EmptyFile.of(name, true);
      }
      switch (InputKind.of(doc)) {
        case TAXONOMY -> {
          if (hasTaxonomy) {
            throw new ReadException(SourceSpan.ofFile(name), "a second taxonomy; lint one taxonomy at a time");
          }
          hasTaxonomy = true;
          anthology.taxonomy(TaxonomyYamlReader.read(doc));
        }
        case RESEARCH -> addPapers(anthology, ResearchYamlReader.read(doc));
        case REGISTRY -> addExport(anthology, RegistryReader.read(name, text, RegistryFormat.YAML));
        default -> throw new ReadException(SourceSpan.ofFile(name),
            "not a research.yaml, taxonomy.yaml or registry.yaml file (its top-level keys are neither years,"
                + " `topics`, nor `metadata`/`recommendations`)");
      }
    }
    for (Path file : streamed) {
      String name = SourceFiles.display(file);
      listener.reading(name);
      anthology.addSources(name);
      readJsonl(file, name, anthology);
    }
    return new LoadedRegistry(anthology.build(), texts);
  }

  /**
   * Whether a file is composed as a YAML document to see what it is: not a JSON or JSONL export
   * (by name), not a reading list, not a YAML export (by its first key).
   */
  private static boolean composedAsYaml(String name, String text) {
    return RegistryFormat.ofFileName(name).filter(f -> f != RegistryFormat.YAML).isEmpty()
        && !InputKind.isMarkdown(name) && !InputKind.startsLikeAnExport(text);
  }

  /** A file that is not composed first: an export (JSON by name, or YAML by its first key) or a reading list. */
  private static void readUncomposed(ImmutableAnthology.Builder anthology, String name, String text)
      throws ReadException {
    Optional<RegistryFormat> export = RegistryFormat.ofFileName(name).filter(f -> f != RegistryFormat.YAML);
    if (export.isEmpty() && InputKind.isMarkdown(name)) {
      ReadingList list = ReadingListReader.read(name, text);
      anthology.addReadingLists(list).addAllResources(list.resources());
    } else {
      addExport(anthology, RegistryReader.read(name, text, export.orElse(RegistryFormat.YAML)));
    }
  }

  private static void addPapers(ImmutableAnthology.Builder anthology, List<Paper> papers) {
    for (Paper paper : papers) {
      anthology.addPapers(paper);
      anthology.addAllRecommendations(paper.recommendations());
    }
  }

  private static void addExport(ImmutableAnthology.Builder anthology, RegistryContents contents) {
    anthology.schemaVersion(contents.schemaVersion()).addAllRecommendations(contents.recommendations());
  }

  /** Streams a JSONL export; its text is not kept, since it may be larger than memory allows twice. */
  private static void readJsonl(Path file, String name, ImmutableAnthology.Builder anthology) throws ReadException {
    try (JsonlReader lines = new JsonlReader(name, SourceFiles.reader(file))) {
      for (Recommendation r = lines.next(); r != null; r = lines.next()) {
        anthology.addRecommendations(r);
      }
    }
  }

  private static boolean isJsonl(Path file) {
    return RegistryFormat.ofFileName(file.toString()).orElse(null) == RegistryFormat.JSONL;
  }
}
