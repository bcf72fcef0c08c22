package io.github.anthology.render.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A directory of templates: the top-level {@code *.j2} files are documents, each rendered to the
 * file of its name without {@code .j2}, except {@code base.md.j2}, which (as the reference's README
 * builder has it) renders to the directory's name in capitals: {@code docs/readme} gives
 * {@code README.md}. {@code sections/*.j2} are included by the documents, in the order of
 * {@code templates}; a section may be replaced by one the build renders itself ({@link #slots}).
 * Nothing outside the directory can be read.
 */
public final class TemplateDirectory {
  /** The section the registry goes in: the reference's builder wrote its REGISTRY.md there. */
  public static final String REGISTRY_SECTION = "sections/registry.md.j2";

  private final Path root;
  private final String shown;
  private final Map<String, String> slots;

  /** @param slots templates by name that the build provides in place of the files of those names */
  public TemplateDirectory(Path root, Map<String, String> slots) {
    this.root = root.toAbsolutePath().normalize();
    this.shown = root.normalize().toString().replace('\\', '/');
    this.slots = Map.copyOf(slots);
  }

  /** The documents: top-level template names, sorted. */
  public List<String> documents() {
    try (Stream<Path> files = Files.list(root)) {
      return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".j2"))
          .sorted().toList();
    } catch (IOException e) {
      throw new TemplateException(root.toString(), 1, 1, "cannot read the template directory (" + e.getMessage() + ")");
    }
  }

  /** The output file of a document: {@code base.md.j2} → {@code README.md} in {@code docs/readme}. */
  public String output(String document) {
    if (document.equals("base.md.j2")) {
      return root.getFileName().toString().toUpperCase(Locale.ROOT) + ".md";
    }
    return document.substring(0, document.length() - ".j2".length());
  }

  /** The section names, {@code sections/*.j2} by name: what a document's {@code templates} lists. */
  public List<String> sections() {
    Path dir = root.resolve("sections");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".j2"))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A template's source by its name relative to the directory, or empty when there is none. */
  public Optional<String> source(String name) {
    String clean = name.replace('\\', '/');
    while (clean.startsWith("./")) {
      clean = clean.substring(2);
    }
    if (slots.containsKey(clean)) {
      return Optional.of(slots.get(clean));
    }
    Path file = root.resolve(clean).normalize();
    if (!file.startsWith(root) || !Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** How a template is named in messages: the directory as given, then the template. */
  public String display(String name) {
    return (shown.isEmpty() ? "" : shown + "/") + name;
  }

  public Path root() {
    return root;
  }
}
