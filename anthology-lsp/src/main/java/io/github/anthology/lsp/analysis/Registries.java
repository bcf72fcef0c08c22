package io.github.anthology.lsp.analysis;

import io.github.anthology.api.AnthologyException;
import io.github.anthology.api.Workspace;
import io.github.anthology.api.rules.RuleDescription;
import io.github.anthology.lsp.text.Document;
import io.github.anthology.lsp.text.OpenDocuments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which registry a file belongs to, and the workspace that lints it with the editor's unsaved
 * texts. A registry is the directory of the nearest {@code anthology.yaml} at or above the file
 * (not above the editor's workspace folder), else the file's own directory. One base workspace is
 * kept per registry, so its plugins are loaded once for the whole session.
 */
public final class Registries {
  /** The configuration's file name. */
  public static final String CONFIG = "anthology.yaml";

  /**
   * The registry file names a document is linted under even when no registry reads it (a new file
   * not saved yet, an export beside a research.yaml): any other file that no registry reads (a
   * workflow's YAML, a README) is left alone.
   */
  private static final Set<String> ALONE = Set.of("research.yaml", "taxonomy.yaml", "registry.yaml", "registry.json",
      "registry.jsonl");

  private final List<Path> roots;
  private final OpenDocuments documents;
  private final Map<Path, Workspace> bases = new ConcurrentHashMap<>();

  /**
   * @param roots the editor's workspace folders (a search for {@code anthology.yaml} stops at them)
   * @param documents the open documents
   */
  public Registries(List<Path> roots, OpenDocuments documents) {
    this.roots = List.copyOf(roots);
    this.documents = documents;
  }

  /**
   * The scope a file is linted in: its registry's when the registry reads it, else the file alone
   * when it has a registry file's name, else none.
   *
   * @param file an open document's file
   * @return its scope
   */
  public Optional<Scope> scopeOf(Path file) {
    Path dir = registryDirectory(file);
    if (file.equals(dir.resolve(CONFIG))) {
      return Optional.of(new Scope(dir, Optional.empty()));
    }
    Optional<List<Path>> files = files(dir);
    if (files.isEmpty() && Files.isRegularFile(dir.resolve(CONFIG))) {
      return Optional.of(new Scope(dir, Optional.empty())); // its configuration is broken: shown on it
    }
    if (files.isPresent() && files.get().contains(file)) {
      return Optional.of(new Scope(dir, Optional.empty()));
    }
    return ALONE.contains(file.getFileName().toString()) ? Optional.of(new Scope(file.getParent(), Optional.of(file)))
        : Optional.empty();
  }

  /**
   * @param scope a scope
   * @return whether it still has something to lint: a registry always does, a document alone while it is open
   */
  public boolean live(Scope scope) {
    return scope.alone().map(file -> documents.get(file).isPresent()).orElse(true);
  }

  /**
   * The rules a file's workspace knows: those of its configuration as the editor has it, else (while
   * that configuration does not parse, as it does not half way through typing a rule id) those of
   * the configuration as saved, plugins included.
   *
   * @param file an open document's file
   * @return the rules; none when the file is in no scope or neither configuration can be used
   */
  public List<RuleDescription> rules(Path file) {
    Optional<Scope> scope = scopeOf(file);
    if (scope.isEmpty()) {
      return List.of();
    }
    try {
      return prepare(scope.get()).workspace().rules().list();
    } catch (AnthologyException | RuntimeException e) {
      try {
        return base(scope.get().directory()).rules().list();
      } catch (AnthologyException | RuntimeException saved) {
        return List.of();
      }
    }
  }

  /**
   * The workspace of a scope with the open documents it reads standing in for their files.
   *
   * @param scope the scope
   * @return the workspace, and the documents it reads from the editor
   */
  public Prepared prepare(Scope scope) {
    if (scope.alone().isPresent()) {
      Path file = scope.alone().get();
      var builder = Workspace.builder().workingDirectory(scope.directory());
      Path config = registryDirectory(file).resolve(CONFIG);
      documents.get(config).ifPresent(doc -> builder.text(config.toString(), doc.text()));
      if (Files.isRegularFile(config) || documents.get(config).isPresent()) {
        builder.configFile(config);
      }
      List<Document> read = documents.get(file).map(List::of).orElse(List.of());
      read.forEach(doc -> builder.text(doc.path().toString(), doc.text()));
      return new Prepared(builder.build(), read);
    }
    Path dir = scope.directory();
    Path config = dir.resolve(CONFIG);
    Workspace workspace = fresh(dir);
    List<Path> files = files(dir).orElse(List.of());
    List<Document> read = documents.all().stream()
        .filter(doc -> files.contains(doc.path()) || doc.path().equals(config)).toList();
    for (Document doc : read) {
      if (!doc.path().equals(config)) {
        workspace = workspace.withText(doc.path().toString(), doc.text());
      }
    }
    return new Prepared(workspace, read);
  }

  /**
   * A scope's workspace and the open documents it reads.
   *
   * @param workspace the workspace
   * @param documents the documents whose unsaved texts it reads
   */
  public record Prepared(Workspace workspace, List<Document> documents) {}

  /**
   * The registry's base workspace with its configuration as the editor has it (or as saved): a new
   * session, so a changed configuration or new files are seen, that shares the base's plugins.
   */
  private Workspace fresh(Path dir) {
    Path config = dir.resolve(CONFIG);
    return base(dir).withText(config.toString(), documents.get(config).map(Document::text).orElseGet(() -> read(config)));
  }

  private Optional<List<Path>> files(Path dir) {
    try {
      return Optional.of(fresh(dir).files().stream().map(p -> p.toAbsolutePath().normalize()).toList());
    } catch (AnthologyException e) {
      return Optional.empty();
    }
  }

  private Workspace base(Path dir) {
    return bases.computeIfAbsent(dir, d -> Workspace.builder().workingDirectory(d).input(d).build());
  }

  private Path registryDirectory(Path file) {
    Path own = file.getParent();
    Optional<Path> root = roots.stream().filter(file::startsWith).findFirst();
    if (root.isEmpty()) {
      return own;
    }
    for (Path dir = own; dir != null && dir.startsWith(root.get()); dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve(CONFIG)) || documents.get(dir.resolve(CONFIG)).isPresent()) {
        return dir;
      }
    }
    return own;
  }

  private static String read(Path config) {
    try {
      return Files.isRegularFile(config) ? Files.readString(config) : "";
    } catch (java.io.IOException e) {
      return "";
    }
  }

}
