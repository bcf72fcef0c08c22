package io.github.anthology.rules.api;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

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
  private final int[] table;
  private final int size;

  private ItemsByKey(String[] keys, Object[] values, int[] table, int size) {
    this.keys = keys;
    this.values = values;
    this.table = table;
    this.size = size;
  }

  /** Items under their keys; {@code keys.get(i)} is the key of {@code items.get(i)}. */
  static <T> ItemsByKey<T> of(List<String> keys, List<T> items) {
    int n = keys.size();
    String[] distinct = new String[n];
    Object[] values = new Object[n];
    int[] table = new int[Math.max(16, Integer.highestOneBit(Math.max(1, n)) << 2)];
    int size = 0;
    for (int i = 0; i < n; i++) {
      String key = keys.get(i);
      int slot = find(distinct, table, key);
      if (table[slot] == 0) {
        distinct[size] = key;
        values[size] = items.get(i);
        table[slot] = ++size;
      } else {
        values[table[slot] - 1] = plus(values[table[slot] - 1], items.get(i));
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

  /** The slot of {@code key}, or the empty slot where it would go. */
  private static int find(String[] keys, int[] table, Object key) {
    int mask = table.length - 1;
    int h = key.hashCode();
    for (int slot = (h ^ h >>> 16) * 0x9E3779B9 >>> 8 & mask; ; slot = slot + 1 & mask) {
      if (table[slot] == 0 || keys[table[slot] - 1].equals(key)) {
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
    int at = table[find(keys, table, key)];
    return at == 0 ? null : items(at - 1);
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
