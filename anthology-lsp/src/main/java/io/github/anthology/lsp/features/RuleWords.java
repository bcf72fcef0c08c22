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
  private static final Pattern RULES_KEY = Pattern.compile("^\\s*(?:-\\s+)?rules\\s*:\\s*(#.*)?$");

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
    int colon = line.indexOf(':');
    if (config && !line.stripLeading().startsWith("#") && (colon < 0 || column <= colon)) {
      return Optional.of(word(line, column));
    }
    return Optional.empty();
  }

  /**
   * Whether a line of an {@code anthology.yaml} is a key of a {@code rules:} mapping (top-level
   * or in an override), where a rule id is written.
   *
   * @param lines the configuration's text
   * @param line a 0-based line
   * @return whether the nearest less-indented line above is {@code rules:}
   */
  static boolean underRules(io.github.anthology.lsp.text.LineMap lines, int line) {
    String own = lines.text().substring(lines.lineStart(line), lines.lineEnd(line));
    int indent = own.length() - own.stripLeading().length();
    if (indent == 0) {
      return false;
    }
    for (int l = line - 1; l >= 0; l--) {
      String text = lines.text().substring(lines.lineStart(l), lines.lineEnd(l));
      if (text.isBlank() || text.stripLeading().startsWith("#")) {
        continue;
      }
      if (text.length() - text.stripLeading().length() < indent) {
        return RULES_KEY.matcher(text).matches();
      }
    }
    return false;
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
