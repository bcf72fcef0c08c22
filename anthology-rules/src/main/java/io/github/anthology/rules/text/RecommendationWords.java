package io.github.anthology.rules.text;

import io.github.anthology.model.Recommendation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The words of every recommendation's text, read once and shared by the rules that compare texts:
 * the recommendations in text order (by the place of their text; equal places keep the registry's
 * order), and for each its number of normalised words, a 64-bit hash of those words joined by
 * single spaces ({@link Tokens#hash}), and its distinct content words (stop words left out) as
 * sorted ids of one dictionary whose ids follow first appearance in that order. A few ints per
 * recommendation, no string per word.
 */
public final class RecommendationWords {
  private final List<Recommendation> recommendations;
  private final int[] wordCounts;
  private final long[] hashes;
  private final int[] offsets;
  private final int[] words;
  private final ContentWords dictionary;

  private RecommendationWords(List<Recommendation> recommendations, int[] wordCounts, long[] hashes,
      int[] offsets, int[] words, ContentWords dictionary) {
    this.recommendations = recommendations;
    this.wordCounts = wordCounts;
    this.hashes = hashes;
    this.offsets = offsets;
    this.words = words;
    this.dictionary = dictionary;
  }

  /** Reads the texts of the given recommendations, each once. */
  public static RecommendationWords of(Collection<Recommendation> recommendations) {
    List<Recommendation> inOrder = new ArrayList<>(recommendations);
    inOrder.sort(Comparator.comparing(Recommendation::textSpan));
    int n = inOrder.size();
    int[] wordCounts = new int[n];
    long[] hashes = new long[n];
    int[] offsets = new int[n + 1];
    int[] words = new int[Math.max(16, n * 8)];
    Tokens tokens = new Tokens();
    ContentWords content = new ContentWords();
    for (int i = 0; i < n; i++) {
      tokens.read(inOrder.get(i).text());
      wordCounts[i] = tokens.count();
      hashes[i] = tokens.hash();
      int count = content.read(tokens);
      int start = offsets[i];
      if (start + count > words.length) {
        words = Arrays.copyOf(words, Math.max(start + count, words.length + words.length / 2));
      }
      System.arraycopy(content.ids(), 0, words, start, count);
      offsets[i + 1] = start + count;
    }
    return new RecommendationWords(List.copyOf(inOrder), wordCounts, hashes, offsets,
        Arrays.copyOf(words, offsets[n]), content);
  }

  public int size() {
    return recommendations.size();
  }

  /** The recommendations in text order; {@code i} below indexes this list. */
  public List<Recommendation> inTextOrder() {
    return recommendations;
  }

  /** How many normalised words the text of recommendation {@code i} has (0: none at all). */
  public int wordCount(int i) {
    return wordCounts[i];
  }

  /** The hash of the normalised words of recommendation {@code i}: equal words, equal hash. */
  public long hash(int i) {
    return hashes[i];
  }

  /** The normalised words of recommendation {@code i} joined by single spaces, read again. */
  public String normalised(int i) {
    return new Tokens().read(recommendations.get(i).text()).joined();
  }

  /** Recommendation {@code i}'s content word ids are {@code contentWord(at)} for {@code at} in [start, end), ascending. */
  public int contentStart(int i) {
    return offsets[i];
  }

  public int contentEnd(int i) {
    return offsets[i + 1];
  }

  public int contentWord(int at) {
    return words[at];
  }

  /** The word an id stands for. */
  public String word(int id) {
    return dictionary.word(id);
  }
}
