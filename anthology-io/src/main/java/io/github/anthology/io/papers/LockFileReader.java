package io.github.anthology.io.papers;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.anthology.io.ReadException;
import io.github.anthology.io.registry.Factories;
import io.github.anthology.model.ImmutablePaperMetadata;
import io.github.anthology.model.PaperMetadata;
import io.github.anthology.model.PersonName;
import io.github.anthology.model.source.SourceSpan;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a lock file strictly: the shape {@link LockFileWriter} writes, each problem reported as
 * {@code file:line:col: what}. Keys it does not know are skipped, so a lock file written by a later
 * version with more facts still reads.
 */
final class LockFileReader {
  static final String VERSION_KEY = "lock_version";
  static final String PAPERS_KEY = "papers";

  private final String file;
  private final JsonParser p;

  private LockFileReader(String file, JsonParser parser) {
    this.file = file;
    this.p = parser;
  }

  static Map<String, PaperMetadata> read(String file, String text) throws ReadException {
    try (JsonParser parser = Factories.JSON.createParser(text)) {
      return new LockFileReader(file, parser).document();
    } catch (JsonProcessingException e) {
      throw new ReadException(span(file, e.getLocation()), e.getOriginalMessage());
    } catch (IOException e) {
      throw new ReadException(SourceSpan.ofFile(file), "cannot read the lock file (" + e.getMessage() + ")");
    }
  }

  private Map<String, PaperMetadata> document() throws IOException, ReadException {
    expect(p.nextToken(), JsonToken.START_OBJECT, "a lock file is a JSON object");
    Map<String, PaperMetadata> papers = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      JsonToken value = p.nextToken();
      if (key.equals(VERSION_KEY)) {
        if (value != JsonToken.VALUE_NUMBER_INT || p.getIntValue() > LockFile.VERSION) {
          throw problem(VERSION_KEY + " must be a whole number up to " + LockFile.VERSION
              + "; this lock file was written by a later version of anthology");
        }
      } else if (key.equals(PAPERS_KEY)) {
        expect(value, JsonToken.START_OBJECT, PAPERS_KEY + " must be an object of entries by arXiv id");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String id = p.currentName();
          expect(p.nextToken(), JsonToken.START_OBJECT, "the entry of " + id + " must be an object");
          papers.put(id, entry(id));
        }
      } else {
        p.skipChildren();
      }
    }
    return papers;
  }

  private PaperMetadata entry(String id) throws IOException, ReadException {
    ImmutablePaperMetadata.Builder b = PaperMetadata.builder().id(id);
    boolean hasSource = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      JsonToken value = p.nextToken();
      switch (key) {
        case "source" -> {
          b.source(string(value, key));
          hasSource = true;
        }
        case "found" -> b.found(bool(value, key));
        case "withdrawn" -> b.withdrawn(bool(value, key));
        case "title" -> b.title(string(value, key));
        case "journal_ref" -> b.journalRef(string(value, key));
        case "first_version" -> b.firstVersion(date(string(value, key)));
        case "first_author" -> b.firstAuthor(author(value));
        default -> p.skipChildren();
      }
    }
    if (!hasSource) {
      throw problem("the entry of " + id + " has no source");
    }
    return b.build();
  }

  private PersonName author(JsonToken value) throws IOException, ReadException {
    expect(value, JsonToken.START_OBJECT, "first_author must be an object with surname and given");
    String surname = null;
    String given = "";
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      JsonToken v = p.nextToken();
      switch (key) {
        case "surname" -> surname = string(v, key);
        case "given" -> given = string(v, key);
        default -> p.skipChildren();
      }
    }
    if (surname == null) {
      throw problem("first_author has no surname");
    }
    return new PersonName(surname, given);
  }

  private LocalDate date(String text) throws ReadException {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw problem("first_version must be a date YYYY-MM-DD, not `" + text + "`");
    }
  }

  private String string(JsonToken value, String key) throws IOException, ReadException {
    expect(value, JsonToken.VALUE_STRING, key + " must be a string");
    return p.getText();
  }

  private boolean bool(JsonToken value, String key) throws ReadException {
    if (value != JsonToken.VALUE_TRUE && value != JsonToken.VALUE_FALSE) {
      throw problem(key + " must be true or false");
    }
    return value == JsonToken.VALUE_TRUE;
  }

  private void expect(JsonToken actual, JsonToken expected, String message) throws ReadException {
    if (actual != expected) {
      throw problem(message);
    }
  }

  private ReadException problem(String message) {
    return new ReadException(span(file, p.currentTokenLocation()), message);
  }

  private static SourceSpan span(String file, JsonLocation at) {
    if (at == null || at.getLineNr() < 1) {
      return SourceSpan.ofFile(file);
    }
    int offset = (int) Math.max(0, at.getCharOffset());
    return new SourceSpan(file, at.getLineNr(), at.getColumnNr(), at.getLineNr(), at.getColumnNr(), offset, offset);
  }
}
