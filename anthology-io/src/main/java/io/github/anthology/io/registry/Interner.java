package io.github.anthology.io.registry;

import io.github.anthology.model.PaperRef;

/**
 * Shares one copy of each short value that recurs across records (topics, statuses), so a million
 * recommendations do not hold a million copies of {@code "standard"}; a paper's author and arXiv
 * id come with its reference, which consecutive records of the paper share.
 * Looks values up by their characters in the parser's buffer, so a value seen before costs no new
 * string at all. Bounded: past {@link #MAX_ENTRIES} distinct values, new ones are no longer
 * remembered. One per thread: not thread-safe.
 */
final class Interner {
  static final int MAX_LENGTH = 64;
  static final int MAX_ENTRIES = 1 << 17;
  private String[] values = new String[1024];
  private int[] hashes = new int[1024];
  private int size;
  private PaperRef lastPaper;

  String intern(String value) {
    if (value.length() > MAX_LENGTH) {
      return value;
    }
    int hash = value.hashCode();
    int mask = values.length - 1;
    for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
      String known = values[i];
      if (known == null) {
        remember(value, hash, i);
        return value;
      }
      if (hashes[i] == hash && known.equals(value)) {
        return known;
      }
    }
  }

  /**
   * The paper reference of the record before when it is equal: the records of one paper come one
   * after another, so one reference serves them all.
   */
  PaperRef intern(PaperRef paper) {
    if (paper.equals(lastPaper)) {
      return lastPaper;
    }
    lastPaper = paper;
    return paper;
  }

  /** The shared copy of the text in {@code chars[offset, offset + length)}. */
  String intern(char[] chars, int offset, int length) {
    if (length > MAX_LENGTH) {
      return new String(chars, offset, length);
    }
    int hash = 0;
    for (int k = offset; k < offset + length; k++) {
      hash = 31 * hash + chars[k];
    }
    int mask = values.length - 1;
    for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
      String known = values[i];
      if (known == null) {
        String value = new String(chars, offset, length);
        remember(value, hash, i);
        return value;
      }
      if (hashes[i] == hash && same(known, chars, offset, length)) {
        return known;
      }
    }
  }

  private static boolean same(String known, char[] chars, int offset, int length) {
    if (known.length() != length) {
      return false;
    }
    for (int k = 0; k < length; k++) {
      if (known.charAt(k) != chars[offset + k]) {
        return false;
      }
    }
    return true;
  }

  private static int spread(int hash) {
    return (hash ^ (hash >>> 16)) * 0x9E3779B9;
  }

  private void remember(String value, int hash, int slot) {
    if (size >= MAX_ENTRIES) {
      return;
    }
    values[slot] = value;
    hashes[slot] = hash;
    if (++size * 2 > values.length) {
      grow();
    }
  }

  private void grow() {
    String[] oldValues = values;
    int[] oldHashes = hashes;
    values = new String[oldValues.length * 2];
    hashes = new int[oldValues.length * 2];
    int mask = values.length - 1;
    for (int j = 0; j < oldValues.length; j++) {
      if (oldValues[j] != null) {
        int i = spread(oldHashes[j]) & mask;
        while (values[i] != null) {
          i = (i + 1) & mask;
        }
        values[i] = oldValues[j];
        hashes[i] = oldHashes[j];
      }
    }
  }
}
