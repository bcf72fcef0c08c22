package io.github.anthology.lsp.features;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where rule ids are written: the rule list of a suppression comment (YAML {@code #} or Markdown
 * {@code <!-- -->}), before its {@code --} reason, and the keys of an {@code anthology.yaml}.
 */
final class RuleWords {
  private static final Pattern DIRECTIVE = Pattern.compile("(#|<!--)\\s*anthology-disable-(next-line|file)\\b");
  private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_./-]+");

  private RuleWords() {}

  /**
   * The word a cursor is in or just after, where a rule id may stand.
   *
   * @param line the line's text
   * @param column the cursor's column in it
   * @param config whether the document is an {@code anthology.yaml}
   * @return the word's start and end columns (end may equal start: nothing typed yet)
   */
  static Optional<int[]> at(String line, int column, boolean config) {
    Matcher directive = DIRECTIVE.matcher(line);
    if (directive.find()) {
      int reason = line.indexOf(" --", directive.end());
      if (column < directive.end() || (reason >= 0 && column > reason)) {
        return Optional.empty();
      }
      return Optional.of(word(line, column));
    }
    if (config && !line.stripLeading().startsWith("#")) {
      return Optional.of(word(line, column));
    }
    return Optional.empty();
  }

  private static int[] word(String line, int column) {
    int start = Math.min(column, line.length());
    while (start > 0 && WORD.matcher(String.valueOf(line.charAt(start - 1))).matches()) {
      start--;
    }
    int end = Math.min(column, line.length());
    while (end < line.length() && WORD.matcher(String.valueOf(line.charAt(end))).matches()) {
      end++;
    }
    return new int[] {start, end};
  }
}
