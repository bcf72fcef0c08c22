package io.github.anthology.io.edit;

import io.github.anthology.io.IoErrors;
import io.github.anthology.io.ReadException;
import io.github.anthology.model.source.SourceSpan;
import io.github.anthology.model.source.TextEdit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * New texts for some files of a registry, each made by applying edits to the text as read. Shows
 * itself as a unified diff, or writes every changed file atomically.
 */
public final class ChangeSet {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final Map<String, String> originals = new TreeMap<>();
  private final Map<String, String> revised = new TreeMap<>();

  /**
   * Applies one pass of edits to the texts they name; edits deferred because they overlapped are
   * returned for a later pass. Edits of a file whose text is not held (a JSONL export, streamed
   * when read) are left out: such a file is regenerated, not edited.
   */
  public static Pass apply(Map<String, String> texts, Collection<TextEdit> edits) {
    Map<String, List<TextEdit>> byFile = new LinkedHashMap<>();
    for (TextEdit e : edits) {
      byFile.computeIfAbsent(e.file(), f -> new ArrayList<>()).add(e);
    }
    ChangeSet changes = new ChangeSet();
    List<TextEdit> deferred = new ArrayList<>();
    for (Map.Entry<String, List<TextEdit>> f : byFile.entrySet()) {
      String original = texts.get(f.getKey());
      if (original == null) {
        continue; // a file streamed rather than held (a JSONL export) is not edited in place
      }
      AppliedEdits applied = TextEdits.apply(original, f.getValue());
      changes.put(f.getKey(), original, applied.text());
      deferred.addAll(applied.deferred());
    }
    return new Pass(changes, deferred);
  }

  /** One pass of {@link #apply}: the changes and the edits left over. */
  public record Pass(ChangeSet changes, List<TextEdit> deferred) {}

  /** Records a new text for a file; a file changed twice keeps its first original. */
  public void put(String file, String original, String text) {
    originals.putIfAbsent(file, original);
    if (text.equals(originals.get(file))) {
      revised.remove(file);
    } else {
      revised.put(file, text);
    }
  }

  /** Folds a later set of changes (made against this set's new texts) into this one. */
  public void addAll(ChangeSet later) {
    later.revised.forEach((file, text) -> put(file, later.originals.get(file), text));
  }

  public boolean isEmpty() {
    return revised.isEmpty();
  }

  /** The changed files, by name. */
  public Map<String, String> texts() {
    return Map.copyOf(revised);
  }

  /** Every file's text after the changes, given the texts before. */
  public Map<String, String> applyTo(Map<String, String> texts) {
    Map<String, String> out = new LinkedHashMap<>(texts);
    out.putAll(revised);
    return out;
  }

  /** A unified diff of every changed file, in file-name order. */
  public String diff() {
    StringBuilder sb = new StringBuilder();
    revised.forEach((file, text) -> sb.append(UnifiedDiff.of(file, originals.get(file), text)));
    return sb.toString();
  }

  /**
   * Writes every changed file, all as one commit ({@link AtomicWriter#commitAll}). When any file no
   * longer holds what was read, nothing is written: the run fails rather than overwrite someone
   * else's change.
   */
  public List<String> write(AtomicWriter writer) throws ReadException {
    List<AtomicWriter.Staged> staged = new ArrayList<>();
    String file = null;
    try {
      for (Map.Entry<String, String> f : revised.entrySet()) {
        file = f.getKey();
        Path path = Path.of(file);
        byte[] bytes = encode(path, f.getValue());
        staged.add(writer.stage(path, out -> out.write(bytes), originals.get(file)));
      }
      file = null;
      writer.commitAll(staged);
    } catch (IOException e) {
      throw IoErrors.asReadException(e, file != null ? file : String.join(", ", revised.keySet()));
    } finally {
      for (AtomicWriter.Staged s : staged) {
        try {
          s.close();
        } catch (IOException e) {
          // the commit's own outcome is what counts
        }
      }
    }
    return new ArrayList<>(revised.keySet());
  }

  /** UTF-8, with the byte-order mark the file had kept. */
  private static byte[] encode(Path path, String text) throws IOException {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    byte[] head = new byte[3];
    int n;
    try (var in = Files.newInputStream(path)) {
      n = in.readNBytes(head, 0, 3);
    }
    if (n == 3 && java.util.Arrays.equals(head, BOM)) {
      byte[] out = new byte[body.length + 3];
      System.arraycopy(BOM, 0, out, 0, 3);
      System.arraycopy(body, 0, out, 3, body.length);
      return out;
    }
    return body;
  }
}
