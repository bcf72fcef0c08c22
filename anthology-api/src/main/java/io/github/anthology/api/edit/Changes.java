package io.github.anthology.api.edit;

import io.github.anthology.api.AnthologyException;
import io.github.anthology.io.ReadException;
import io.github.anthology.io.edit.AtomicWriter;
import io.github.anthology.io.edit.ChangeSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * New texts for some files, each made by text edits on the text as read (comments, quoting and
 * layout elsewhere stay byte for byte). Nothing is written until {@link #write()}.
 */
public final class Changes {
  private final Map<String, String> originals;
  private final Map<String, String> revised;

  /**
   * Changes from the texts as read to the new texts.
   *
   * @param originals each changed file's text as read, by file name
   * @param revised each changed file's new text, by file name (the same names)
   * @throws IllegalArgumentException when a revised file has no original
   */
  public Changes(Map<String, String> originals, Map<String, String> revised) {
    if (!originals.keySet().containsAll(revised.keySet())) {
      throw new IllegalArgumentException("every changed file needs its original text");
    }
    this.originals = Map.copyOf(originals);
    this.revised = new TreeMap<>(revised);
  }

  /**
   * No changes at all.
   *
   * @return an empty set of changes
   */
  public static Changes none() {
    return new Changes(Map.of(), Map.of());
  }

  /**
   * Whether nothing changes.
   *
   * @return true when no file changes
   */
  public boolean isEmpty() {
    return revised.isEmpty();
  }

  /**
   * The changed files, in name order.
   *
   * @return the file names
   */
  public List<String> files() {
    return List.copyOf(revised.keySet());
  }

  /**
   * Each changed file's new text.
   *
   * @return file name to new text
   */
  public Map<String, String> texts() {
    return Map.copyOf(revised);
  }

  /**
   * A unified diff of every changed file, in name order ({@code --- a/FILE}, {@code +++ b/FILE}).
   *
   * @return the diff; empty when nothing changes
   */
  public String diff() {
    return changeSet().diff();
  }

  /**
   * Writes every changed file atomically (a temporary file beside it, then a rename), keeping a
   * byte-order mark the file had. When any file no longer holds what was read, nothing is written.
   *
   * @return the names of the files written, in name order
   * @throws AnthologyException when a file changed on disk since it was read, or cannot be written
   */
  public List<String> write() throws AnthologyException {
    try {
      return changeSet().write(AtomicWriter.standard());
    } catch (ReadException e) {
      throw AnthologyException.at(e.span(), e.problem());
    }
  }

  private ChangeSet changeSet() {
    ChangeSet set = new ChangeSet();
    revised.forEach((file, text) -> set.put(file, originals.get(file), text));
    return set;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Changes other && originals.equals(other.originals) && revised.equals(other.revised);
  }

  @Override
  public int hashCode() {
    return Objects.hash(originals, revised);
  }

  @Override
  public String toString() {
    return "Changes" + files();
  }
}
