package io.github.anthology.rules.builtin.registry;

import java.util.List;

/** How recommendation texts are compared: normalised wording and content words. */
final class Texts {
  /** Words too common in recommendations to say anything about their content. */
  static final List<String> STOP_WORDS = List.of(
      "a", "an", "the", "of", "to", "for", "and", "or", "in", "on", "at", "by", "with", "is",
      "are", "be", "as", "it", "its", "this", "that", "use", "using", "from", "into", "than");

  private Texts() {}

  /** Lower case, compatibility-normalised, every run of non-letters and non-digits one space. */
  static String normalise(String text) {
    return new Tokens().read(text).joined();
  }

  static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
