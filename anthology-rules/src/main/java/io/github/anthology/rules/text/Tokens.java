package io.github.anthology.rules.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * The words of a text as the text rules compare them (lower case, compatibility-normalised, split
 * at every run of characters that are neither letters nor digits), read into one buffer that is used
 * again for the next text, so reading a large registry makes no string per word. An ASCII text
 * is read in one pass over its chars (compatibility normalisation leaves ASCII as it is, and only
 * A-Z change case); any other text goes through NFKC, lower case and the letter-or-digit split as
 * a whole, since lower-casing depends on context (a final sigma) that splitting first would lose.
 */
public final class Tokens {
  private char[] chars = new char[128];
  private int length;
  private int[] ends = new int[32];
  private int count;

  /** Reads the words of {@code text}, replacing those read before. */
  public Tokens read(String text) {
    count = 0;
    length = 0;
    int n = text.length();
    if (chars.length < 2 * n + 1) {
      chars = new char[2 * n + 1];
    }
    boolean inWord = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c += 'a' - 'A';
      } else if (c >= 0x80) {
        return readNormalised(normaliseSlowly(text));
      } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
        if (inWord) {
          endWord();
          inWord = false;
        }
        continue;
      }
      if (!inWord && count > 0) {
        chars[length++] = ' ';
      }
      inWord = true;
      chars[length++] = c;
    }
    if (inWord) {
      endWord();
    }
    return this;
  }

  /** The words joined by single spaces. */
  public String joined() {
    return new String(chars, 0, count == 0 ? 0 : ends[count - 1]);
  }

  /** A 64-bit hash of {@link #joined}, without making the string. */
  public long hash() {
    long h = 0x9E3779B97F4A7C15L;
    for (int i = 0, end = count == 0 ? 0 : ends[count - 1]; i < end; i++) {
      h = (h ^ chars[i]) * 0x100000001B3L;
    }
    h = (h ^ (h >>> 33)) * 0xFF51AFD7ED558CCDL;
    return h ^ (h >>> 33);
  }

  public int count() {
    return count;
  }

  public char[] chars() {
    return chars;
  }

  public int start(int word) {
    return word == 0 ? 0 : ends[word - 1] + 1;
  }

  public int end(int word) {
    return ends[word];
  }

  /** What the normalised words of any text are, by definition: the slow path and the tests' oracle. */
  public static String normaliseSlowly(String text) {
    String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return n.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
  }

  private Tokens readNormalised(String normalised) {
    count = 0;
    length = 0;
    for (int i = 0; i < normalised.length(); i++) {
      char c = normalised.charAt(i);
      if (c == ' ') {
        endWord();
      } else {
        append(c);
      }
    }
    endWord();
    return this;
  }

  private void append(char c) {
    if (length + 2 > chars.length) {
      chars = Arrays.copyOf(chars, chars.length * 2);
    }
    if (length > 0 && count > 0 && length == ends[count - 1]) {
      chars[length++] = ' ';
    }
    chars[length++] = c;
  }

  private void endWord() {
    if (length == 0 || count > 0 && length == ends[count - 1]) {
      return;
    }
    if (count == ends.length) {
      ends = Arrays.copyOf(ends, count * 2);
    }
    ends[count++] = length;
  }
}
