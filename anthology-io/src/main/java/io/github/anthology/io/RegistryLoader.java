package io.github.anthology.io;

import io.github.anthology.io.yaml.ResearchYamlReader;
import io.github.anthology.io.yaml.TaxonomyYamlReader;
import io.github.anthology.io.yaml.YamlDocument;
import io.github.anthology.model.Anthology;
import io.github.anthology.model.ImmutableAnthology;
import io.github.anthology.model.Paper;
import io.github.anthology.model.source.SourceSpan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Finds and reads the files of a registry (SPEC §8): a file is read as what its content shows it
 * to be; in a directory the conventional names are found.
 */
public final class RegistryLoader {
  /** The names looked for in a directory, in reading order. */
  public static final List<String> CONVENTIONAL_NAMES = List.of("taxonomy.yaml", "research.yaml");

  private RegistryLoader() {}

  public static LoadedRegistry load(List<Path> paths) throws ReadException {
    List<Path> files = new ArrayList<>();
    for (Path p : paths.isEmpty() ? List.of(Path.of(".")) : paths) {
      files.addAll(discover(p));
    }
    Map<String, String> texts = new LinkedHashMap<>();
    for (Path file : files) {
      texts.put(SourceFiles.display(file), SourceFiles.read(file));
    }
    return read(texts);
  }

  /**
   * Reads a registry from file texts held in memory, by file name in reading order: how a rewrite
   * re-reads what its edits made before anything is written.
   */
  public static LoadedRegistry read(Map<String, String> texts) throws ReadException {
    ImmutableAnthology.Builder anthology = Anthology.builder();
    boolean hasTaxonomy = false;
    for (Map.Entry<String, String> file : texts.entrySet()) {
      String name = file.getKey();
      String text = file.getValue();
      anthology.addSources(name);
      YamlDocument doc = YamlDocument.parse(name, text);
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
        default -> throw new ReadException(SourceSpan.ofFile(name),
            "not a research.yaml or taxonomy.yaml file (its top-level keys are neither years nor `topics`)");
      }
    }
    return new LoadedRegistry(anthology.build(), texts);
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
    if (found.isEmpty()) {
      throw new ReadException(SourceSpan.ofFile(SourceFiles.display(path)),
          "no registry files here (looked for " + String.join(", ", CONVENTIONAL_NAMES) + ")");
    }
    return found;
  }

  /** A document with a top-level {@code topics} key is a taxonomy; one keyed by years is research. */
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
    }
    return InputKind.CONFIG;
  }
}
