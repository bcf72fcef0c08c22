package io.github.anthology.io.registry;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.anthology.io.ReadException;
import io.github.anthology.model.PaperRef;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.model.source.SourceSpan;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON or YAML token stream that knows where each token starts and ends. The end of a YAML block
 * collection is where its last value ended, not where the next entry begins.
 */
final class Cursor {
  private final JsonParser parser;
  private final Positions positions;
  private final Interner interner;
  private final boolean lazy;
  private JsonToken token;
  private boolean located;
  private JsonLocation start;
  private JsonLocation end;

  /**
   * A cursor that locates every token as it comes. A YAML block collection's end takes the end
   * of the value before it, so YAML is located eagerly; a JSON token ends where the parser stands
   * after it, so JSON tokens are located only when asked (field names, brackets and values read
   * for their text alone never are), see {@link #lazy(JsonParser, Positions, Interner)}.
   */
  Cursor(JsonParser parser, Positions positions, Interner interner) {
    this(parser, positions, interner, false);
  }

  private Cursor(JsonParser parser, Positions positions, Interner interner, boolean lazy) {
    this.parser = parser;
    this.positions = positions;
    this.interner = interner;
    this.lazy = lazy;
  }

  /** A JSON cursor that locates a token only when asked for its place: most never are. */
  static Cursor lazy(JsonParser parser, Positions positions, Interner interner) {
    return new Cursor(parser, positions, interner, true);
  }

  JsonToken next() throws IOException {
    token = parser.nextToken();
    located = false;
    if (token != null && !lazy) {
      locate();
    }
    return token;
  }

  /** Where the current token starts and ends; asked before the parser moves on. */
  private void locate() throws IOException {
    if (located) {
      return;
    }
    located = true;
    start = parser.currentTokenLocation();
    if (token.isScalarValue() || token == JsonToken.FIELD_NAME) {
      parser.getText();
      end = parser.currentLocation();
    } else if (token.isStructEnd()) {
      JsonLocation here = parser.currentLocation();
      if (here.getCharOffset() > start.getCharOffset() || end == null) {
        end = here;
      }
    } else {
      end = parser.currentLocation();
    }
  }

  JsonToken token() {
    return token;
  }

  JsonLocation start() throws IOException {
    locate();
    return start;
  }

  String text() throws IOException {
    return parser.getText();
  }

  /** The span of the current token. */
  SourceSpan span() throws IOException {
    locate();
    return positions.span(start, end);
  }

  /** From a start taken earlier to the end of the current token. */
  SourceSpan span(JsonLocation from) throws IOException {
    locate();
    return positions.span(from, end);
  }

  /** The current scalar token as written: its text, where it stands, whether it is quoted. */
  Scalar scalar() throws IOException {
    SourceSpan span = span();
    return new Scalar(parser.getText(), span, !positions.quoted(span));
  }

  /**
   * The current scalar's text when it is a value that recurs across records (a topic, a status,
   * an author), shared through the interner straight from the parser's characters.
   */
  String sharedText() throws IOException {
    return interner.intern(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
  }

  /** The paper of the record before when it is the same one (a paper's records come together). */
  PaperRef shared(PaperRef paper) {
    return interner.intern(paper);
  }

  /** The current scalar as {@link #scalar()} does, its text shared as {@link #sharedText()} does. */
  Scalar sharedScalar() throws IOException {
    SourceSpan span = span();
    return new Scalar(sharedText(), span, !positions.quoted(span));
  }

  /** Steps over the current value (a scalar, or a whole collection). */
  void skipValue() throws IOException {
    if (token.isStructStart()) {
      int depth = 1;
      while (depth > 0) {
        JsonToken t = next();
        if (t.isStructStart()) {
          depth++;
        } else if (t.isStructEnd()) {
          depth--;
        }
      }
    }
  }

  /** The current value as plain Java: text, boolean, number, null, or lists and maps of those. */
  Object value() throws IOException {
    switch (token) {
      case START_OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        while (next() == JsonToken.FIELD_NAME) {
          String key = text();
          next();
          map.put(key, value());
        }
        return Collections.unmodifiableMap(map);
      }
      case START_ARRAY -> {
        List<Object> list = new ArrayList<>();
        while (next() != JsonToken.END_ARRAY) {
          list.add(value());
        }
        return Collections.unmodifiableList(list);
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return token == JsonToken.VALUE_TRUE;
      }
      case VALUE_NULL -> {
        return null;
      }
      case VALUE_NUMBER_INT -> {
        return parser.getBigIntegerValue();
      }
      case VALUE_NUMBER_FLOAT -> {
        return parser.getDecimalValue();
      }
      default -> {
        return parser.getText();
      }
    }
  }

  ReadException error(String message) throws IOException {
    return new ReadException(span(), message);
  }
}
