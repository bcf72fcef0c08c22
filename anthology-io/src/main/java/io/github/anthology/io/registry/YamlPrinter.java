package io.github.anthology.io.registry;

import java.io.IOException;
import java.io.Writer;

/**
 * The characters of a block-style YAML document, written straight to the output: where the line
 * is (column, whether it ends in a blank, whether only indentation is on it), indentation,
 * indicators, and scalars in each of the four styles, laid out as SnakeYAML's emitter lays them
 * out with line splitting off.
 */
class YamlPrinter {
  private static final String SPACES = " ".repeat(64);
  final Writer out;
  int column;
  boolean whitespace = true;
  boolean indention = true;
  /** The current indentation; -1 before the first collection. */
  int indent = -1;

  YamlPrinter(Writer out) {
    this.out = out;
  }

  final void writeIndent() throws IOException {
    int at = Math.max(indent, 0);
    if (!indention || column > at || column == at && !whitespace) {
      lineBreak();
    }
    spaces(at - column);
  }

  private void spaces(int n) throws IOException {
    if (n <= 0) {
      return;
    }
    whitespace = true;
    column += n;
    for (int left = n; left > 0; left -= SPACES.length()) {
      out.write(SPACES, 0, Math.min(left, SPACES.length()));
    }
  }

  final void lineBreak() throws IOException {
    lineBreak('\n');
  }

  private void lineBreak(char c) throws IOException {
    whitespace = true;
    indention = true;
    column = 0;
    out.write(c);
  }

  final void indicator(String text, boolean needSpace, boolean blank, boolean indentation) throws IOException {
    if (!whitespace && needSpace) {
      column++;
      out.write(' ');
    }
    whitespace = blank;
    indention = indention && indentation;
    column += text.length();
    out.write(text);
  }

  private void text(String s, int from, int to) throws IOException {
    column += to - from;
    out.write(s, from, to - from);
  }

  /** A run of line breaks; a run that starts with {@code \n} is written with one more. */
  private void breaks(String s, int from, int to, boolean doubleFirst) throws IOException {
    if (doubleFirst && s.charAt(from) == '\n') {
      lineBreak();
    }
    for (int i = from; i < to; i++) {
      lineBreak(s.charAt(i));
    }
  }

  final void plain(String s) throws IOException {
    if (s.isEmpty()) {
      return;
    }
    if (!whitespace) {
      column++;
      out.write(' ');
    }
    whitespace = false;
    indention = false;
    int n = s.length();
    int start = 0;
    for (int end = 0; end <= n; end++) {
      char c = end < n ? s.charAt(end) : 0;
      boolean inBreaks = start < end && YamlScalars.isBreak(s.charAt(end - 1));
      if (inBreaks) {
        if (!YamlScalars.isBreak(c)) {
          breaks(s, start, end, true);
          writeIndent();
          whitespace = false;
          indention = false;
          start = end;
        }
      } else if (end == n || YamlScalars.isBreak(c)) {
        text(s, start, end);
        start = end;
      }
    }
  }

  /** A plain scalar of one line (see {@link YamlScalars#ordinaryPlain}). */
  final void plain(char[] s, int n) throws IOException {
    if (!whitespace) {
      column++;
      out.write(' ');
    }
    whitespace = false;
    indention = false;
    column += n;
    out.write(s, 0, n);
  }

  final void singleQuoted(String s) throws IOException {
    indicator("'", true, false, false);
    int n = s.length();
    int start = 0;
    for (int end = 0; end <= n; end++) {
      char c = end < n ? s.charAt(end) : 0;
      boolean inBreaks = end > 0 && start < end && YamlScalars.isBreak(s.charAt(end - 1));
      if (inBreaks) {
        if (!YamlScalars.isBreak(c)) {
          breaks(s, start, end, true);
          writeIndent();
          start = end;
        }
      } else if (end == n || YamlScalars.isBreak(c) || c == '\'') {
        if (start < end) {
          text(s, start, end);
          start = end;
        }
      }
      if (c == '\'' && end < n) {
        column += 2;
        out.write("''");
        start = end + 1;
      }
    }
    indicator("'", false, false, false);
  }

  final void literal(String s) throws IOException {
    int n = s.length();
    StringBuilder hints = new StringBuilder("|");
    if (YamlScalars.isBreak(s.charAt(0)) || s.charAt(0) == ' ') {
      hints.append('2');
    }
    if (!YamlScalars.isBreak(s.charAt(n - 1))) {
      hints.append('-');
    } else if (n == 1 || YamlScalars.isBreak(s.charAt(n - 2))) {
      hints.append('+');
    }
    indicator(hints.toString(), true, false, false);
    lineBreak();
    boolean inBreaks = true;
    int start = 0;
    for (int end = 0; end <= n; end++) {
      char c = end < n ? s.charAt(end) : 0;
      if (inBreaks) {
        if (end == n || !YamlScalars.isBreak(c)) {
          breaks(s, start, end, false);
          if (end < n) {
            writeIndent();
          }
          start = end;
        }
      } else if (end == n || YamlScalars.isBreak(c)) {
        out.write(s, start, end - start);
        if (end == n) {
          lineBreak();
        }
        start = end;
      }
      if (end < n) {
        inBreaks = YamlScalars.isBreak(c);
      }
    }
  }

  final void doubleQuoted(String s) throws IOException {
    indicator("\"", true, false, false);
    int n = s.length();
    int start = 0;
    for (int end = 0; end < n; end++) {
      if (YamlEscapes.special(s.charAt(end))) {
        text(s, start, end);
        String escaped = YamlEscapes.escape(s, end);
        column += escaped.length();
        out.write(escaped);
        end += YamlEscapes.width(s, end) - 1;
        start = end + 1;
      }
    }
    text(s, start, n);
    indicator("\"", false, false, false);
  }
}
