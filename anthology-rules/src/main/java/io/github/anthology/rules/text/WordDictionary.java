package io.github.anthology.rules.text;

import java.util.Arrays;

/**
 * Words to small int ids for one run of a rule, read from a char buffer without making a string
 * per word: an open-addressing table of longs (the word's hash above its id, so a probe reads the
 * pool of chars only for a likely match). Ids are given in order of first appearance, from 0.
 */
public final class WordDictionary {
  private long[] table = new long[1 << 10];
  private int[] starts = new int[257];
  private char[] pool = new char[2048];
  private int size;

  /** The id of the word {@code chars[from, to)}, given it now if it has none. */
  public int id(char[] chars, int from, int to) {
    int h = hash(chars, from, to);
    int mask = table.length - 1;
    for (int slot = h & mask; ; slot = (slot + 1) & mask) {
      long entry = table[slot];
      if (entry == 0) {
        return add(chars, from, to, h, slot);
      }
      int id = (int) entry - 1;
      if ((int) (entry >>> 32) == h && same(id, chars, from, to)) {
        return id;
      }
    }
  }

  private boolean same(int id, char[] chars, int from, int to) {
    int at = starts[id];
    if (starts[id + 1] - at != to - from) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (pool[at++] != chars[i]) {
        return false;
      }
    }
    return true;
  }

  /** The id of a word given as a string. */
  public int id(String word) {
    return id(word.toCharArray(), 0, word.length());
  }

  public int size() {
    return size;
  }

  public String word(int id) {
    return new String(pool, starts[id], starts[id + 1] - starts[id]);
  }

  private int add(char[] chars, int from, int to, int h, int slot) {
    int id = size++;
    if (size + 1 == starts.length) {
      starts = Arrays.copyOf(starts, starts.length * 2);
    }
    int at = starts[id];
    int end = at + to - from;
    if (end > pool.length) {
      pool = Arrays.copyOf(pool, Math.max(end, pool.length * 2));
    }
    System.arraycopy(chars, from, pool, at, to - from);
    starts[id + 1] = end;
    table[slot] = (long) h << 32 | (id + 1);
    if (size * 2 > table.length) {
      rehash();
    }
    return id;
  }

  private void rehash() {
    long[] old = table;
    table = new long[old.length * 2];
    int mask = table.length - 1;
    for (long entry : old) {
      if (entry != 0) {
        int slot = (int) (entry >>> 32) & mask;
        while (table[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        table[slot] = entry;
      }
    }
  }

  private static int hash(char[] chars, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + chars[i];
    }
    h ^= h >>> 16;
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
