package io.github.anthology.rules.text;

import java.util.Arrays;
import java.util.List;

/**
 * The content words of texts (their normalised words less {@link #STOP_WORDS}) as int ids of one
 * dictionary, so a run over many texts keeps each word once. The stop words take the first ids,
 * so a content word's id is at least {@link #STOP_WORDS}' size.
 */
final class ContentWords {
  /** Words too common in recommendations to say anything about their content. */
  static final List<String> STOP_WORDS = List.of(
      "a", "an", "the", "of", "to", "for", "and", "or", "in", "on", "at", "by", "with", "is",
      "are", "be", "as", "it", "its", "this", "that", "use", "using", "from", "into", "than");

  private final WordDictionary dictionary = new WordDictionary();
  private final int stopWords;
  private int[] ids = new int[32];

  ContentWords() {
    STOP_WORDS.forEach(dictionary::id);
    stopWords = dictionary.size();
  }

  /** Reads the words just read into {@code tokens}; their distinct content word ids are then {@code ids()[0, count)}, sorted. */
  int read(Tokens tokens) {
    if (ids.length < tokens.count()) {
      ids = new int[Math.max(tokens.count(), ids.length * 2)];
    }
    int count = 0;
    for (int w = 0; w < tokens.count(); w++) {
      int id = dictionary.id(tokens.chars(), tokens.start(w), tokens.end(w));
      if (id >= stopWords) {
        ids[count++] = id;
      }
    }
    Arrays.sort(ids, 0, count);
    int distinct = 0;
    for (int i = 0; i < count; i++) {
      if (distinct == 0 || ids[distinct - 1] != ids[i]) {
        ids[distinct++] = ids[i];
      }
    }
    return distinct;
  }

  int[] ids() {
    return ids;
  }

  /** The word an id stands for. */
  String word(int id) {
    return dictionary.word(id);
  }
}
