package io.github.anthology.io.registry;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.anthology.io.ReadException;
import io.github.anthology.io.SourceFiles;
import io.github.anthology.model.Recommendation;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * Reads a JSONL registry one recommendation at a time: one JSON object a line, blank lines
 * skipped. Only the current line is held in memory, so a file of any size streams through.
 */
public final class JsonlReader implements Closeable {
  private final String file;
  private final BufferedReader in;
  private final StringBuilder line = new StringBuilder();
  private final Interner interner = new Interner();
  private final char[] buffer = new char[1 << 16];
  private int pos;
  private int limit;
  private int lineNumber;
  private long lineStart;
  private long nextLineStart;
  private int index;

  public JsonlReader(String file, Reader reader) {
    this.file = file;
    this.in = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
  }

  /** The next recommendation, or null at the end of the file. */
  public Recommendation next() throws ReadException {
    try {
      while (readLine()) {
        String text = line.toString();
        if (!text.isBlank()) {
          return record(text);
        }
      }
      return null;
    } catch (IOException e) {
      throw SourceFiles.cannotRead(file, e);
    }
  }

  private Recommendation record(String text) throws ReadException, IOException {
    try (JsonParser parser = Factories.JSON.createParser(text)) {
      Cursor c = new Cursor(parser, Positions.json(file, lineNumber, lineStart), interner);
      c.next();
      Recommendation rec = new RecordReader(c).read("/" + index++);
      if (c.next() != null) {
        throw c.error("a line of a JSONL file holds one JSON object; found more after it");
      }
      return rec;
    } catch (JsonProcessingException e) {
      throw ParseErrors.of(e, file, "JSON", lineNumber, lineStart);
    }
  }

  /**
   * Reads up to and past the next line end; false at the end of input. Scans a block buffer
   * rather than calling {@link Reader#read()} per character, which locks on every call.
   */
  private boolean readLine() throws IOException {
    line.setLength(0);
    lineStart = nextLineStart;
    if (lineNumber == 0 && fill() && buffer[pos] == '\uFEFF') {
      pos++;
    }
    if (!fill()) {
      return false;
    }
    lineNumber++;
    long consumed = 0;
    boolean newline = false;
    while (!newline && fill()) {
      int from = pos;
      while (pos < limit && buffer[pos] != '\n') {
        pos++;
      }
      line.append(buffer, from, pos - from);
      consumed += pos - from;
      if (pos < limit) {
        pos++;
        newline = true;
      }
    }
    nextLineStart = lineStart + consumed + (newline ? 1 : 0);
    if (line.length() > 0 && line.charAt(line.length() - 1) == '\r') {
      line.setLength(line.length() - 1);
    }
    return true;
  }

  /** Whether a character is ready at {@code pos}, refilling the buffer when it is used up. */
  private boolean fill() throws IOException {
    if (pos < limit) {
      return true;
    }
    int n = in.read(buffer, 0, buffer.length);
    pos = 0;
    limit = Math.max(n, 0);
    return n > 0;
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
