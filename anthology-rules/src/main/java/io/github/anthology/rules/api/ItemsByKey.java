package io.github.anthology.rules.api;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;

/**
 * A read-only map from keys to the items given under them, in order of first key and, per key, in
 * the order given: what a {@code LinkedHashMap} of lists would be, held in a few arrays. A million
 * keys, nearly all with one item, would otherwise hold a million map entries and a million one-item
 * lists that every young collection copies; here a key with one item keeps only the item, and its
 * one-item list is made when asked for.
 */
final class ItemsByKey<T> extends AbstractMap<String, List<T>> {
  private final String[] keys;
  /** The item, or for a key given more than once the growable list of its items. */
  private final Object[] values;
  /** Open addressing: a key's hash above its index plus one, 0 for an empty slot. */
  private final long[] table;
  private final int size;

  private ItemsByKey(String[] keys, Object[] values, long[] table, int size) {
    this.keys = keys;
    this.values = values;
    this.table = table;
    this.size = size;
  }

  /** The items under their keys; an item whose key is null is left out. */
  static <T> ItemsByKey<T> of(List<T> items, Function<? super T, String> keyOf) {
    int n = items.size();
    String[] distinct = new String[n];
    Object[] values = new Object[n];
    long[] table = new long[Math.max(16, Integer.highestOneBit(Math.max(1, n)) << 2)];
    int size = 0;
    for (T item : items) {
      String key = keyOf.apply(item);
      if (key == null) {
        continue;
      }
      int slot = find(distinct, table, key);
      if (table[slot] == 0) {
        distinct[size] = key;
        values[size] = item;
        table[slot] = (long) key.hashCode() << 32 | ++size;
      } else {
        int at = (int) table[slot] - 1;
        values[at] = plus(values[at], item);
      }
    }
    return new ItemsByKey<>(distinct, values, table, size);
  }

  @SuppressWarnings("unchecked")
  private static Object plus(Object value, Object item) {
    List<Object> list = value instanceof More ? (List<Object>) value : new More(value);
    list.add(item);
    return list;
  }

  /**
   * The slot of {@code key}, or the empty slot where it would go; a slot's key is read only when
   * its hash is the same, so a probe rarely leaves the table.
   */
  private static int find(String[] keys, long[] table, Object key) {
    int mask = table.length - 1;
    int h = key.hashCode();
    for (int slot = (h ^ h >>> 16) * 0x9E3779B9 >>> 8 & mask; ; slot = slot + 1 & mask) {
      long entry = table[slot];
      if (entry == 0 || (int) (entry >>> 32) == h && keys[(int) entry - 1].equals(key)) {
        return slot;
      }
    }
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean containsKey(Object key) {
    return key instanceof String && table[find(keys, table, key)] != 0;
  }

  @Override
  public List<T> get(Object key) {
    if (!(key instanceof String)) {
      return null;
    }
    long entry = table[find(keys, table, key)];
    return entry == 0 ? null : items((int) entry - 1);
  }

  @SuppressWarnings("unchecked")
  private List<T> items(int at) {
    Object value = values[at];
    return value instanceof More ? Collections.unmodifiableList((List<T>) value) : List.of((T) value);
  }

  @Override
  public Set<Entry<String, List<T>>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return size;
      }

      @Override
      public Iterator<Entry<String, List<T>>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < size;
          }

          @Override
          public Entry<String, List<T>> next() {
            if (next >= size) {
              throw new NoSuchElementException();
            }
            int at = next++;
            return new SimpleImmutableEntry<>(keys[at], items(at));
          }
        };
      }
    };
  }

  /** The items of a key given more than once (a type of its own: an item may itself be a list). */
  private static final class More extends ArrayList<Object> {
    private static final long serialVersionUID = 1L;

    More(Object first) {
      super(2);
      add(first);
    }
  }
}
