package io.github.anthology.io.registry;

import com.fasterxml.jackson.core.JsonLocation;
import io.github.anthology.io.yaml.LineIndex;
import io.github.anthology.model.source.SourceSpan;

/**
 * Turns the parser's token locations into source spans. JSON locations carry exact character
 * offsets (shifted by where the line starts, for one line of a JSONL file); YAML locations count
 * code points, so they go through the text's line index.
 */
abstract class Positions {
  abstract SourceSpan span(JsonLocation start, JsonLocation end);

  /** Whether the scalar at this span is written in quotes. */
  abstract boolean quoted(SourceSpan span);

  /** Positions in a JSON text that starts at {@code firstLine} (1-based) and character {@code firstOffset}. */
  static Positions json(String file, int firstLine, long firstOffset) {
    return new Positions() {
      @Override
      SourceSpan span(JsonLocation start, JsonLocation end) {
        return new SourceSpan(file, firstLine - 1 + start.getLineNr(), start.getColumnNr(),
            firstLine - 1 + end.getLineNr(), end.getColumnNr(),
            (int) (firstOffset + start.getCharOffset()), (int) (firstOffset + end.getCharOffset()));
      }

      @Override
      boolean quoted(SourceSpan span) {
        return true;
      }
    };
  }

  static Positions yaml(String file, String text) {
    LineIndex lines = new LineIndex(file, text);
    return new Positions() {
      @Override
      SourceSpan span(JsonLocation start, JsonLocation end) {
        return lines.span(start.getLineNr() - 1, start.getColumnNr() - 1, end.getLineNr() - 1, end.getColumnNr() - 1);
      }

      @Override
      boolean quoted(SourceSpan span) {
        if (span.startOffset() < 0 || span.startOffset() >= text.length()) {
          return false;
        }
        char c = text.charAt(span.startOffset());
        return c == '"' || c == '\'';
      }
    };
  }
}
