package io.github.anthology.io.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Composes (or reads, {@link #inParts}) a large document whose root is a block mapping (a research.yaml
 * of years) in parts, on several threads: the text is cut before top-level keys (lines that start in column 0 with a
 * letter, digit or quote), each part is composed by a reader that starts at its offset and line,
 * so every position is that of the whole text, and the parts' entries are joined under one
 * root. Only when it is sure to give what composing the whole would: nothing that could join parts
 * (a document marker, a directive, an alias), every part a block mapping, none failing. Otherwise
 * it gives nothing and the caller composes the whole text, with the whole text's errors.
 */
final class YamlChunks {
  /** The smallest part worth a thread of its own, in characters. */
  static final int MIN_PART = 512 * 1024;
  private static final int MAX_PARTS = 4;
  /** An alias, and every line break but {@code \n} (and tabs, whose columns differ between readers). */
  private static final String FORBIDDEN = "*\t\r\u0085\u2028\u2029";
  /** A directive, and the document start and end markers. */
  private static final List<String> LINE_START_MARKERS = List.of("%", "---", "...");

  /** Composes {@code text[start, end)}, whose first line is the 0-based {@code line} (from a fresh parser); throws what the parser throws. */
  @FunctionalInterface
  interface Composer {
    Node compose(String text, int start, int end, int line);
  }

  private YamlChunks() {}

  /** The root composed in parts, or empty when the text is small, not safe to cut, or a part fails. */
  static Optional<Node> compose(String text, Composer composer) {
    return inParts(text, composer::compose).flatMap(YamlChunks::join);
  }

  static Optional<Node> compose(String text, int parts, Composer composer) {
    return inParts(text, parts, composer::compose).flatMap(YamlChunks::join);
  }

  /** What one part gives: the part {@code text[start, end)}, its first line the 0-based {@code line}; null if it fails. */
  @FunctionalInterface
  interface Part<T> {
    T read(String text, int start, int end, int line);
  }

  /**
   * What each part of a large text gives, in order, the parts read side by side; empty when the
   * text is small, not safe to cut, or a part fails (returns null or throws).
   */
  static <T> Optional<List<T>> inParts(String text, Part<T> part) {
    int parts = parts(text);
    return parts < 2 ? Optional.empty() : inParts(text, parts, part);
  }

  /** How many parts a text is worth reading in, on this machine: one per processor, each at least {@link #MIN_PART}. */
  static int parts(String text) {
    return Math.min(Math.min(MAX_PARTS, Runtime.getRuntime().availableProcessors()), text.length() / MIN_PART);
  }

  static <T> Optional<List<T>> inParts(String text, int parts, Part<T> part) {
    List<Integer> cuts = cuts(text, parts);
    if (cuts.isEmpty() || !safeToCut(text)) {
      return Optional.empty();
    }
    cuts.add(0, 0);
    cuts.add(text.length());
    ExecutorService pool = Executors.newFixedThreadPool(cuts.size() - 2, r -> {
      Thread t = new Thread(r, "anthology-yaml");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<T>> later = new ArrayList<>();
      for (int i = 1; i < cuts.size() - 1; i++) {
        int start = cuts.get(i);
        int end = cuts.get(i + 1);
        int line = lineOf(text, start);
        later.add(CompletableFuture.supplyAsync(() -> part.read(text, start, end, line), pool));
      }
      List<T> results = new ArrayList<>();
      results.add(part.read(text, 0, cuts.get(1), 0));
      for (Future<T> f : later) {
        results.add(f.get());
      }
      return results.contains(null) ? Optional.empty() : Optional.of(results);
    } catch (RuntimeException | ExecutionException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } finally {
      pool.shutdownNow();
    }
  }

  private static Optional<Node> join(List<Node> roots) {
    List<NodeTuple> entries = new ArrayList<>();
    for (Node root : roots) {
      if (!(root instanceof MappingNode map) || map.getFlowStyle() != DumperOptions.FlowStyle.BLOCK
          || root.getTag() != Tag.MAP || root.getAnchor() != null) {
        return Optional.empty();
      }
      entries.addAll(map.getValue());
    }
    Node first = roots.get(0);
    Node last = roots.get(roots.size() - 1);
    return Optional.of(new MappingNode(Tag.MAP, true, entries, first.getStartMark(), last.getEndMark(),
        DumperOptions.FlowStyle.BLOCK));
  }

  /** Where to cut into {@code parts} of about equal length: starts of top-level key lines; none if there are too few. */
  static List<Integer> cuts(String text, int parts) {
    List<Integer> cuts = new ArrayList<>();
    for (int i = 1; i < parts; i++) {
      int at = nextKeyLine(text, Math.max(text.length() / parts * i, cuts.isEmpty() ? 1 : cuts.get(cuts.size() - 1) + 1));
      if (at < 0) {
        return new ArrayList<>();
      }
      cuts.add(at);
    }
    return cuts;
  }

  /** The start of the first line at or after {@code from} (never the first line) that begins a top-level key. */
  private static int nextKeyLine(String text, int from) {
    for (int nl = text.indexOf('\n', from - 1); nl >= 0 && nl + 1 < text.length(); nl = text.indexOf('\n', nl + 1)) {
      char c = text.charAt(nl + 1);
      if (Character.isLetterOrDigit(c) || c == '"' || c == '\'') {
        return nl + 1;
      }
    }
    return -1;
  }

  /**
   * No document marker, directive or alias anywhere (nothing that ties one part to another), and no
   * line break but {@code \n} (so counting {@code \n} places every part where the parser would).
   */
  static boolean safeToCut(String text) {
    // indexOf per character and marker: each a vectorised pass, where a loop over 25 MB of text is not.
    for (char c : FORBIDDEN.toCharArray()) {
      if (text.indexOf(c) >= 0) {
        return false;
      }
    }
    for (String marker : LINE_START_MARKERS) {
      if (text.startsWith(marker) || text.contains("\n" + marker)) {
        return false;
      }
    }
    return true;
  }

  private static int lineOf(String text, int offset) {
    int lines = 0;
    for (int i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
      lines++;
    }
    return lines;
  }
}
