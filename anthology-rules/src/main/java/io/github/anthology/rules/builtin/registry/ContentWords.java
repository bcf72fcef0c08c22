package io.github.anthology.rules.builtin.registry;

import java.util.Arrays;

/**
 * Reads the content words of texts (their normalised words less {@link Texts#STOP_WORDS}) as int
 * ids of one dictionary, so a run over many texts keeps each word once.
 */
final class ContentWords {
  private final Tokens tokens = new Tokens();
  private final WordDictionary dictionary = new WordDictionary();
  private final int stopWords;
  private int[] ids = new int[32];

  ContentWords() {
    Texts.STOP_WORDS.forEach(dictionary::id);
    stopWords = dictionary.size();
  }

  /** Reads a text; its distinct content word ids are then {@code ids()[0, count)}, sorted. */
  int read(String text) {
    tokens.read(text);
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
