package io.github.anthology.rules.builtin.registry;

import java.util.Arrays;

/**
 * Words to small int ids for one run of a rule, read from a char buffer without making a string
 * per word: an open-addressing table over one pool of chars. Ids are given in order of first
 * appearance, from 0.
 */
final class WordDictionary {
  private int[] table = new int[1 << 10];
  private int[] hashes = new int[256];
  private int[] starts = new int[257];
  private char[] pool = new char[2048];
  private int size;

  /** The id of the word {@code chars[from, to)}, given it now if it has none. */
  int id(char[] chars, int from, int to) {
    int h = hash(chars, from, to);
    int mask = table.length - 1;
    for (int slot = h & mask; ; slot = (slot + 1) & mask) {
      int entry = table[slot];
      if (entry == 0) {
        return add(chars, from, to, h, slot);
      }
      int id = entry - 1;
      if (hashes[id] == h && Arrays.equals(pool, starts[id], starts[id + 1], chars, from, to)) {
        return id;
      }
    }
  }

  /** The id of a word given as a string. */
  int id(String word) {
    return id(word.toCharArray(), 0, word.length());
  }

  int size() {
    return size;
  }

  String word(int id) {
    return new String(pool, starts[id], starts[id + 1] - starts[id]);
  }

  private int add(char[] chars, int from, int to, int h, int slot) {
    int id = size++;
    if (size == hashes.length) {
      hashes = Arrays.copyOf(hashes, size * 2);
      starts = Arrays.copyOf(starts, size * 2 + 1);
    }
    int at = starts[id];
    int end = at + to - from;
    if (end > pool.length) {
      pool = Arrays.copyOf(pool, Math.max(end, pool.length * 2));
    }
    System.arraycopy(chars, from, pool, at, to - from);
    starts[id + 1] = end;
    hashes[id] = h;
    table[slot] = id + 1;
    if (size * 2 > table.length) {
      rehash();
    }
    return id;
  }

  private void rehash() {
    table = new int[table.length * 2];
    int mask = table.length - 1;
    for (int id = 0; id < size; id++) {
      int slot = hashes[id] & mask;
      while (table[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[slot] = id + 1;
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
