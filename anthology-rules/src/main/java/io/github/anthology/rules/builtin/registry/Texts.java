package io.github.anthology.rules.builtin.registry;

import io.github.anthology.rules.text.Tokens;

/** How recommendation texts are shown and compared: normalised wording. */
final class Texts {
  private Texts() {}

  /** Lower case, compatibility-normalised, every run of non-letters and non-digits one space. */
  static String normalise(String text) {
    return new Tokens().read(text).joined();
  }

  static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
