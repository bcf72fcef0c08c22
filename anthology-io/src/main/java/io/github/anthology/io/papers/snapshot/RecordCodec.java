package io.github.anthology.io.papers.snapshot;

import io.github.anthology.model.ImmutablePaperMetadata;
import io.github.anthology.model.PaperMetadata;
import io.github.anthology.model.PersonName;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The compact form of a snapshot record in the index: its length, then the id, title, first
 * author's surname and given names, journal reference (UTF-8, each after its length), the day of
 * the first version (days since 1970, or none) and a flag byte. About a tenth of the JSON line.
 */
final class RecordCodec {
  private static final int NO_DAY = Integer.MIN_VALUE;
  private static final int WITHDRAWN = 1;
  private static final int HAS_AUTHOR = 2;
  private static final int HAS_TITLE = 4;
  private static final int HAS_JOURNAL = 8;

  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(512);

  /** The bytes of one record, its length first. */
  byte[] encode(PaperMetadata m) {
    buffer.reset();
    int flags = (m.withdrawn() ? WITHDRAWN : 0) | (m.firstAuthor().isPresent() ? HAS_AUTHOR : 0)
        | (m.title().isPresent() ? HAS_TITLE : 0) | (m.journalRef().isPresent() ? HAS_JOURNAL : 0);
    buffer.write(flags);
    int day = m.firstVersion().map(d -> (int) d.toEpochDay()).orElse(NO_DAY);
    for (int shift = 24; shift >= 0; shift -= 8) {
      buffer.write(day >>> shift);
    }
    string(m.id());
    string(m.title().orElse(""));
    string(m.firstAuthor().map(PersonName::surname).orElse(""));
    string(m.firstAuthor().map(PersonName::given).orElse(""));
    string(m.journalRef().orElse(""));
    byte[] body = buffer.toByteArray();
    return ByteBuffer.allocate(4 + body.length).putInt(body.length).put(body).array();
  }

  /** The record of a body (without its length), when its id is the one wanted. */
  static PaperMetadata decode(ByteBuffer body, String source) {
    int flags = body.get();
    int day = body.getInt();
    ImmutablePaperMetadata.Builder b = PaperMetadata.builder().id(string(body)).source(source)
        .withdrawn((flags & WITHDRAWN) != 0);
    String title = string(body);
    String surname = string(body);
    String given = string(body);
    String journal = string(body);
    if ((flags & HAS_TITLE) != 0) {
      b.title(title);
    }
    if ((flags & HAS_AUTHOR) != 0) {
      b.firstAuthor(new PersonName(surname, given));
    }
    if ((flags & HAS_JOURNAL) != 0) {
      b.journalRef(journal);
    }
    if (day != NO_DAY) {
      b.firstVersion(LocalDate.ofEpochDay(day));
    }
    return b.build();
  }

  /** The id of a body, read without decoding the rest. */
  static String id(ByteBuffer body) {
    body.position(body.position() + 5);
    return string(body);
  }

  private void string(String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    int n = bytes.length;
    while (n >= 0x80) {
      buffer.write((n & 0x7F) | 0x80);
      n >>>= 7;
    }
    buffer.write(n);
    buffer.write(bytes, 0, bytes.length);
  }

  private static String string(ByteBuffer in) {
    int n = 0;
    int shift = 0;
    int b;
    do {
      b = in.get();
      n |= (b & 0x7F) << shift;
      shift += 7;
    } while ((b & 0x80) != 0);
    String s = new String(in.array(), in.arrayOffset() + in.position(), n, StandardCharsets.UTF_8);
    in.position(in.position() + n);
    return s;
  }
}
