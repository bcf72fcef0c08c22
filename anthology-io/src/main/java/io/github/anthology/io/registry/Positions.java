package io.github.anthology.io.registry;

import com.fasterxml.jackson.core.JsonLocation;
import io.github.anthology.model.source.SourceSpan;

/**
 * Turns the parser's token locations into source spans. JSON locations carry exact character
 * offsets (shifted by where the line starts, for one line of a JSONL file); so do YAML locations,
 * from a parser that reads the text in place.
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

  /** Positions from a YAML parser over the text in place ({@link Factories#yamlParser}), whose offsets are exact. */
  static Positions yaml(String file, String text) {
    return new Positions() {
      @Override
      SourceSpan span(JsonLocation start, JsonLocation end) {
        return new SourceSpan(file, start.getLineNr(), start.getColumnNr(), end.getLineNr(), end.getColumnNr(),
            (int) start.getCharOffset(), (int) Math.max(start.getCharOffset(), end.getCharOffset()));
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
