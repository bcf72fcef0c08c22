package io.github.anthology.io;

import io.github.anthology.io.markdown.ReadingListReader;
import io.github.anthology.io.registry.JsonlReader;
import io.github.anthology.io.registry.RegistryContents;
import io.github.anthology.io.registry.RegistryFormat;
import io.github.anthology.io.registry.RegistryReader;
import io.github.anthology.io.yaml.ResearchYamlReader;
import io.github.anthology.io.yaml.TaxonomyYamlReader;
import io.github.anthology.io.yaml.YamlDocument;
import io.github.anthology.model.Anthology;
import io.github.anthology.model.ImmutableAnthology;
import io.github.anthology.model.Paper;
import io.github.anthology.model.ReadingList;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.source.SourceSpan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Finds and reads the files of a registry (SPEC §8): a file is read as what its content shows it
 * to be; in a directory the conventional names are found.
 */
public final class RegistryLoader {
  /** The names looked for in a directory, in reading order. */
  public static final List<String> CONVENTIONAL_NAMES = List.of("taxonomy.yaml", "research.yaml");

  /**
   * Export names looked for in a directory without a research.yaml (an export is built from it, so
   * reading both would count every recommendation twice); the first found is read.
   */
  public static final List<String> EXPORT_NAMES =
      List.of(RegistryFormat.YAML.fileName(), RegistryFormat.JSON.fileName(), RegistryFormat.JSONL.fileName());

  /** Several YAML documents of at least this many characters in all are composed side by side. */
  private static final int COMPOSE_AHEAD_FROM_CHARS = 256 * 1024;

  private RegistryLoader() {}

  public static LoadedRegistry load(List<Path> paths) throws ReadException {
    List<Path> files = new ArrayList<>();
    for (Path p : paths.isEmpty() ? List.of(Path.of(".")) : paths) {
      files.addAll(discover(p));
    }
    Map<String, String> texts = new LinkedHashMap<>();
    List<Path> streamed = new ArrayList<>();
    for (Path file : files) {
      if (RegistryFormat.ofFileName(file.toString()).orElse(null) == RegistryFormat.JSONL) {
        streamed.add(file);
      } else {
        texts.put(SourceFiles.display(file), SourceFiles.read(file));
      }
    }
    return read(texts, streamed);
  }

  /**
   * Reads a registry from file texts held in memory, by file name in reading order: how a rewrite
   * re-reads what its edits made before anything is written.
   */
  public static LoadedRegistry read(Map<String, String> texts) throws ReadException {
    return read(texts, List.of());
  }

  /** Reads the texts, then streams the JSONL files, whose text is never held whole. */
  private static LoadedRegistry read(Map<String, String> texts, List<Path> streamed) throws ReadException {
    Map<String, Future<YamlDocument>> ahead = composeAhead(texts);
    ImmutableAnthology.Builder anthology = Anthology.builder();
    boolean hasTaxonomy = false;
    for (Map.Entry<String, String> file : texts.entrySet()) {
      String name = file.getKey();
      String text = file.getValue();
      anthology.addSources(name);
      Optional<RegistryFormat> export = RegistryFormat.ofFileName(name).filter(f -> f != RegistryFormat.YAML);
      if (export.isPresent()) {
        addExport(anthology, RegistryReader.read(name, text, export.get()));
        continue;
      }
      if (isMarkdown(name)) {
        ReadingList list = ReadingListReader.read(name, text);
        anthology.addReadingLists(list).addAllResources(list.resources());
        continue;
      }
      if (startsLikeAnExport(text)) {
        addExport(anthology, RegistryReader.read(name, text, RegistryFormat.YAML));
        continue;
      }
      YamlDocument doc = ahead.containsKey(name) ? await(ahead.get(name)) : YamlDocument.parse(name, text);
      switch (kindOf(doc)) {
        case TAXONOMY -> {
          if (hasTaxonomy) {
            throw new ReadException(SourceSpan.ofFile(name), "a second taxonomy; lint one taxonomy at a time");
          }
          hasTaxonomy = true;
          anthology.taxonomy(TaxonomyYamlReader.read(doc));
        }
        case RESEARCH -> {
          for (Paper paper : ResearchYamlReader.read(doc)) {
            anthology.addPapers(paper);
            anthology.addAllRecommendations(paper.recommendations());
          }
        }
        case REGISTRY -> addExport(anthology, RegistryReader.read(name, text, RegistryFormat.YAML));
        default -> throw new ReadException(SourceSpan.ofFile(name),
            "not a research.yaml, taxonomy.yaml or registry.yaml file (its top-level keys are neither years,"
                + " `topics`, nor `metadata`/`recommendations`)");
      }
    }
    for (Path file : streamed) {
      String name = SourceFiles.display(file);
      anthology.addSources(name);
      readJsonl(file, name, anthology);
    }
    return new LoadedRegistry(anthology.build(), texts);
  }

  /**
   * Starts composing the YAML documents on threads of their own when there are several and they
   * are large enough to be worth it (a taxonomy.yaml beside a research.yaml), so they are composed
   * side by side; the caller still takes them, and their errors, in reading order.
   */
  private static Map<String, Future<YamlDocument>> composeAhead(Map<String, String> texts) {
    List<Map.Entry<String, String>> yaml = texts.entrySet().stream().filter(e -> composedAsYaml(e.getKey(), e.getValue()))
        .toList();
    if (yaml.size() < 2 || yaml.stream().mapToLong(e -> e.getValue().length()).sum() < COMPOSE_AHEAD_FROM_CHARS) {
      return Map.of();
    }
    Map<String, Future<YamlDocument>> ahead = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : yaml) {
      FutureTask<YamlDocument> task = new FutureTask<>(() -> YamlDocument.parse(e.getKey(), e.getValue()));
      Thread thread = new Thread(task, "anthology-read");
      thread.setDaemon(true);
      thread.start();
      ahead.put(e.getKey(), task);
    }
    return ahead;
  }

  private static boolean composedAsYaml(String name, String text) {
    return RegistryFormat.ofFileName(name).filter(f -> f != RegistryFormat.YAML).isEmpty() && !isMarkdown(name)
        && !startsLikeAnExport(text);
  }

  private static YamlDocument await(Future<YamlDocument> doc) throws ReadException {
    try {
      return doc.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof ReadException read) {
        throw read;
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
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

  /**
   * Whether a YAML text's first key is {@code metadata:} or {@code recommendations:} at the start of
   * a line, so an export is parsed once, by the export reader, rather than composed first to see
   * what it is. Anything less plain goes through {@link #kindOf}.
   */
  static boolean startsLikeAnExport(String text) {
    int i = 0;
    while (i < text.length()) {
      int end = text.indexOf('\n', i);
      String line = text.substring(i, end < 0 ? text.length() : end);
      if (!line.isBlank() && !line.startsWith("#") && !line.equals("---")) {
        return line.startsWith("metadata:") || line.startsWith("recommendations:");
      }
      i = end < 0 ? text.length() : end + 1;
    }
    return false;
  }

  static boolean isMarkdown(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".md") || n.endsWith(".markdown");
  }

  static List<Path> discover(Path path) throws ReadException {
    if (Files.isRegularFile(path)) {
      return List.of(path);
    }
    if (!Files.isDirectory(path)) {
      throw new ReadException(SourceSpan.ofFile(SourceFiles.display(path)), "no such file or directory");
    }
    List<Path> found = new ArrayList<>();
    for (String name : CONVENTIONAL_NAMES) {
      Path candidate = path.resolve(name);
      if (Files.isRegularFile(candidate)) {
        found.add(candidate);
      }
    }
    if (!Files.isRegularFile(path.resolve("research.yaml"))) {
      EXPORT_NAMES.stream().map(path::resolve).filter(Files::isRegularFile).findFirst().ifPresent(found::add);
    }
    if (found.isEmpty()) {
      List<String> looked = new ArrayList<>(CONVENTIONAL_NAMES);
      looked.addAll(EXPORT_NAMES);
      throw new ReadException(SourceSpan.ofFile(SourceFiles.display(path)),
          "no registry files here (looked for " + String.join(", ", looked) + ")");
    }
    return found;
  }

  /**
   * A document with a top-level {@code topics} key is a taxonomy; one keyed by years is research;
   * one that starts with {@code metadata} or {@code recommendations} is a registry export.
   */
  static InputKind kindOf(YamlDocument doc) {
    if (!(doc.root() instanceof MappingNode map) || map.getValue().isEmpty()) {
      return doc.root() == null ? InputKind.RESEARCH : InputKind.CONFIG;
    }
    if (map.getValue().get(0).getKeyNode() instanceof ScalarNode key) {
      if (key.getValue().equals("topics")) {
        return InputKind.TAXONOMY;
      }
      if (key.getValue().matches("\\d{4}")) {
        return InputKind.RESEARCH;
      }
      if (key.getValue().equals("metadata") || key.getValue().equals("recommendations")) {
        return InputKind.REGISTRY;
      }
    }
    return InputKind.CONFIG;
  }
}
