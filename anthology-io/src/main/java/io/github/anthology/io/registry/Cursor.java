package io.github.anthology.io.registry;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.anthology.io.ReadException;
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
  private JsonToken token;
  private JsonLocation start;
  private JsonLocation end;

  Cursor(JsonParser parser, Positions positions, Interner interner) {
    this.parser = parser;
    this.positions = positions;
    this.interner = interner;
  }

  JsonToken next() throws IOException {
    token = parser.nextToken();
    if (token == null) {
      return null;
    }
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
    return token;
  }

  JsonToken token() {
    return token;
  }

  JsonLocation start() {
    return start;
  }

  JsonLocation end() {
    return end;
  }

  String text() throws IOException {
    return parser.getText();
  }

  /** The span of the current token. */
  SourceSpan span() {
    return positions.span(start, end);
  }

  SourceSpan span(JsonLocation from) {
    return positions.span(from, end);
  }

  /** The current scalar token as written: its text, where it stands, whether it is quoted. */
  Scalar scalar() throws IOException {
    SourceSpan span = span();
    return new Scalar(parser.getText(), span, !positions.quoted(span));
  }

  /** A value that recurs across records (a topic, a status, an author), shared through the interner. */
  String shared(String value) {
    return interner.intern(value);
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

  ReadException error(String message) {
    return new ReadException(span(), message);
  }
}
