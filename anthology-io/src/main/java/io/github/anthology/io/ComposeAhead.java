package io.github.anthology.io;

import io.github.anthology.io.yaml.YamlDocument;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.BiPredicate;

/**
 * Composes several large YAML documents of one registry side by side (a taxonomy.yaml beside a
 * research.yaml), each on a thread of its own; the reader still takes them, and their errors, in
 * reading order.
 */
final class ComposeAhead {
  /** Several YAML documents of at least this many characters in all are composed side by side. */
  private static final int FROM_CHARS = 256 * 1024;

  private ComposeAhead() {}

  /**
   * Starts composing the texts (by file name) that {@code composed} accepts, when there are
   * several and they are large enough to be worth it; otherwise starts nothing.
   */
  static Map<String, Future<YamlDocument>> start(Map<String, String> texts, BiPredicate<String, String> composed) {
    List<Map.Entry<String, String>> yaml =
        texts.entrySet().stream().filter(e -> composed.test(e.getKey(), e.getValue())).toList();
    if (yaml.size() < 2 || yaml.stream().mapToLong(e -> e.getValue().length()).sum() < FROM_CHARS) {
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

  /** The composed document, or the error its composing met. */
  static YamlDocument await(Future<YamlDocument> doc) throws ReadException {
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
}
