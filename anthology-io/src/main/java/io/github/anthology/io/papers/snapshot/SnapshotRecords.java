package io.github.anthology.io.papers.snapshot;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.anthology.io.papers.PersonNames;
import io.github.anthology.io.papers.Withdrawals;
import io.github.anthology.model.ImmutablePaperMetadata;
import io.github.anthology.model.PaperMetadata;
import io.github.anthology.model.PersonName;
import java.io.IOException;
import java.nio.CharBuffer;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * One record of arXiv's metadata snapshot (the JSON-lines {@code arxiv-metadata-oai-snapshot.json}:
 * {@code id}, {@code title}, {@code authors}, {@code authors_parsed}, {@code versions[].created},
 * {@code comments}, {@code journal-ref}, {@code abstract}, ...) read from a streaming parser into
 * the facts the citation checks use; every other key is skipped without being built.
 */
final class SnapshotRecords {
  static final String SOURCE = "arxiv-snapshot";

  private SnapshotRecords() {}

  /** Reads the object the parser stands at the start of; empty when it has no id. */
  static Optional<PaperMetadata> read(JsonParser p) throws IOException, BadRecord {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw new BadRecord("a snapshot line is one JSON object");
    }
    ImmutablePaperMetadata.Builder b = PaperMetadata.builder().source(SOURCE);
    String id = null;
    String authors = null;
    boolean parsedAuthor = false;
    boolean withdrawn = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      JsonToken value = p.nextToken();
      if (value == JsonToken.VALUE_NULL) {
        continue;
      }
      switch (key) {
        case "id" -> id = text(p, key);
        case "title" -> b.title(collapse(text(p, key)));
        case "authors" -> authors = text(p, key);
        case "authors_parsed" -> parsedAuthor = firstParsedAuthor(p, b);
        case "versions" -> firstVersion(p).ifPresent(b::firstVersion);
        case "journal-ref" -> b.journalRef(collapse(text(p, key)));
        case "comments" -> withdrawn |= Withdrawals.says(text(p, key));
        case "abstract" -> withdrawn |= abstractSaysWithdrawn(p);
        default -> p.skipChildren();
      }
    }
    if (id == null) {
      return Optional.empty();
    }
    if (!parsedAuthor && authors != null && !authors.isBlank()) {
      b.firstAuthor(PersonNames.parse(authors.split(",| and ", 2)[0]));
    }
    return Optional.of(b.id(id.trim()).withdrawn(withdrawn).build());
  }

  /** {@code [["Ainslie", "Joshua", ""], ...]}: the first entry's surname and given names. */
  private static boolean firstParsedAuthor(JsonParser p, ImmutablePaperMetadata.Builder b) throws IOException, BadRecord {
    expect(p, JsonToken.START_ARRAY, "authors_parsed");
    boolean found = false;
    while (p.nextToken() == JsonToken.START_ARRAY) {
      String[] parts = {"", "", ""};
      int i = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        if (i < parts.length && p.currentToken() == JsonToken.VALUE_STRING) {
          parts[i] = p.getText().trim();
        }
        p.skipChildren();
        i++;
      }
      if (!found && !parts[0].isEmpty()) {
        b.firstAuthor(new PersonName(parts[0], parts[1]));
        found = true;
      }
    }
    return found;
  }

  /** {@code [{"version": "v1", "created": "Mon, 22 May 2023 17:16:38 GMT"}, ...]}: the day of v1. */
  private static Optional<LocalDate> firstVersion(JsonParser p) throws IOException, BadRecord {
    expect(p, JsonToken.START_ARRAY, "versions");
    LocalDate first = null;
    LocalDate v1 = null;
    while (p.nextToken() == JsonToken.START_OBJECT) {
      String version = null;
      LocalDate created = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        p.nextToken();
        if (key.equals("version") && p.currentToken() == JsonToken.VALUE_STRING) {
          version = p.getText();
        } else if (key.equals("created") && p.currentToken() == JsonToken.VALUE_STRING) {
          created = date(p.getText());
        } else {
          p.skipChildren();
        }
      }
      first = first == null ? created : first;
      v1 = "v1".equals(version) ? created : v1;
    }
    return Optional.ofNullable(v1 != null ? v1 : first);
  }

  private static LocalDate date(String rfc1123) throws BadRecord {
    try {
      return ZonedDateTime.parse(rfc1123.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
    } catch (DateTimeParseException e) {
      throw new BadRecord("versions[].created is not a date like `Mon, 22 May 2023 17:16:38 GMT`: " + rfc1123);
    }
  }

  /** Only an abstract that uses the word is made into a string. */
  private static boolean abstractSaysWithdrawn(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      p.skipChildren();
      return false;
    }
    CharBuffer chars = CharBuffer.wrap(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return Withdrawals.mentions(chars, 0, chars.length()) && Withdrawals.says(chars.toString());
  }

  private static String text(JsonParser p, String key) throws IOException, BadRecord {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw new BadRecord(key + " must be a string");
    }
    return p.getText();
  }

  private static void expect(JsonParser p, JsonToken token, String key) throws BadRecord {
    if (p.currentToken() != token) {
      throw new BadRecord(key + " must be " + (token == JsonToken.START_ARRAY ? "a list" : "an object"));
    }
  }

  /** Snapshot titles are hard-wrapped ({@code "...Tevatron and\n  LHC energies"}). */
  static String collapse(String text) {
    return text.trim().replaceAll("\\s+", " ");
  }

  /** A record that is not in the snapshot's format; the message says what is wrong. */
  static final class BadRecord extends Exception {
    private static final long serialVersionUID = 1L;

    BadRecord(String message) {
      super(message);
    }
  }
}
