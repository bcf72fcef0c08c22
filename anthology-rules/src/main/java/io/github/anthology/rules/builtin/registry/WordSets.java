package io.github.anthology.rules.builtin.registry;

import java.util.Arrays;

/**
 * Many small sets of word ids in two flat arrays (set {@code i} is {@code words[offsets[i],
 * offsets[i+1])}, sorted, distinct): the near-duplicate join's input, a few ints per
 * recommendation rather than a collection of strings.
 */
final class WordSets {
  private int[] offsets;
  private int[] words;
  private int size;
  private int[] frequencies;

  WordSets() {
    this(1024, 8192);
  }

  /** Room for {@code sets} sets of {@code words} words in all before any array grows. */
  WordSets(int sets, int words) {
    this.offsets = new int[Math.max(1, sets) + 1];
    this.words = new int[Math.max(16, words)];
  }

  /** Adds the distinct ids among {@code ids[0, count)} (reordered in place) as the next set. */
  void add(int[] ids, int count) {
    for (int i = 1; i < count; i++) {
      if (ids[i - 1] > ids[i]) {
        Arrays.sort(ids, 0, count);
        break;
      }
    }
    int start = offsets[size];
    if (start + count > words.length) {
      words = Arrays.copyOf(words, Math.max(start + count, words.length * 2));
    }
    int end = start;
    for (int i = 0; i < count; i++) {
      if (end == start || words[end - 1] != ids[i]) {
        words[end++] = ids[i];
      }
    }
    if (size + 2 > offsets.length) {
      offsets = Arrays.copyOf(offsets, offsets.length * 2);
    }
    offsets[++size] = end;
  }

  int size() {
    return size;
  }

  int start(int set) {
    return offsets[set];
  }

  int end(int set) {
    return offsets[set + 1];
  }

  int length(int set) {
    return offsets[set + 1] - offsets[set];
  }

  int word(int at) {
    return words[at];
  }

  /** In sets ranked by frequency, how many sets hold the word of rank {@code r}. */
  int frequency(int r) {
    return frequencies[r];
  }

  /** In sets ranked by frequency, how many words there are. */
  int vocabulary() {
    return frequencies.length;
  }

  /** Whether two sets hold the same words. */
  boolean same(int x, int y) {
    return Arrays.equals(words, start(x), end(x), words, start(y), end(y));
  }

  /**
   * The same sets with every id replaced by its rank, rarest first (ties by id), and each set
   * sorted by rank: the order prefix filtering reads words in. Each pass over all the words is a
   * method of its own, so that the compiler, which compiles a long loop while it runs, compiles
   * each loop alone and not every loop after it again.
   */
  WordSets rankedByFrequency() {
    long[] byFrequency = countsById();
    Arrays.sort(byFrequency);
    int vocabulary = byFrequency.length;
    int[] rank = new int[vocabulary];
    WordSets ranked = new WordSets(0, 0);
    ranked.frequencies = new int[vocabulary];
    for (int r = 0; r < vocabulary; r++) {
      rank[(int) byFrequency[r]] = r;
      ranked.frequencies[r] = (int) (byFrequency[r] >>> 32);
    }
    ranked.size = size;
    ranked.offsets = Arrays.copyOf(offsets, size + 1);
    ranked.words = renamed(rank);
    ranked.sortEach();
    return ranked;
  }

  /** For each id up to the largest, how many sets hold it (high int) and the id (low int). */
  private long[] countsById() {
    int vocabulary = 0;
    for (int i = 0; i < offsets[size]; i++) {
      vocabulary = Math.max(vocabulary, words[i] + 1);
    }
    long[] counts = new long[vocabulary];
    for (int i = 0; i < offsets[size]; i++) {
      counts[words[i]] += 1L << 32;
    }
    for (int id = 0; id < vocabulary; id++) {
      counts[id] |= id;
    }
    return counts;
  }

  private int[] renamed(int[] rank) {
    int[] renamed = new int[offsets[size]];
    for (int i = 0; i < offsets[size]; i++) {
      renamed[i] = rank[words[i]];
    }
    return renamed;
  }

  /** Sorts the words of each set; a short set (nearly all) by insertion, in a few instructions. */
  private void sortEach() {
    for (int s = 0; s < size; s++) {
      int from = offsets[s];
      int to = offsets[s + 1];
      if (to - from > 24) {
        Arrays.sort(words, from, to);
        continue;
      }
      for (int i = from + 1; i < to; i++) {
        int w = words[i];
        int j = i - 1;
        while (j >= from && words[j] > w) {
          words[j + 1] = words[j];
          j--;
        }
        words[j + 1] = w;
      }
    }
  }

  /**
   * For each set, the first set (lowest index) holding exactly the same words: equal sets are
   * grouped by a hash of their words and confirmed word by word, so a thousand copies of one text
   * cost a thousand comparisons, not half a million.
   */
  int[] firstEqual() {
    int idBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, size - 1)));
    long[] keys = KeySort.sort(hashKeys(idBits), size);
    long idMask = (1L << idBits) - 1;
    int[] first = new int[size];
    int[] distinct = new int[8];
    for (int from = 0; from < size; ) {
      int to = from + 1;
      while (to < size && (keys[to] >>> idBits) == (keys[from] >>> idBits)) {
        to++;
      }
      int count = 0;
      for (int a = from; a < to; a++) {
        int x = (int) (keys[a] & idMask);
        first[x] = x;
        for (int d = 0; d < count && first[x] == x; d++) {
          if (same(x, distinct[d])) {
            first[x] = distinct[d];
          }
        }
        if (first[x] == x) {
          distinct = count == distinct.length ? Arrays.copyOf(distinct, count * 2) : distinct;
          distinct[count++] = x;
        }
      }
      from = to;
    }
    return first;
  }

  /** For each set, a hash of its words above its index: a loop of its own, compiled alone. */
  private long[] hashKeys(int idBits) {
    long[] keys = new long[size];
    for (int s = 0; s < size; s++) {
      long h = 0x9E3779B97F4A7C15L;
      for (int i = start(s); i < end(s); i++) {
        h = Long.rotateLeft((h ^ words[i]) * 0xBF58476D1CE4E5B9L, 31);
      }
      keys[s] = (h << idBits) | s;
    }
    return keys;
  }
}
