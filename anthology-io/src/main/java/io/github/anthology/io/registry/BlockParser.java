package io.github.anthology.io.registry;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.anthology.io.ReadException;
import io.github.anthology.model.Recommendation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the lines of one {@link LineBlock}, one recommendation a line, on whatever thread it is
 * given. Values that recur across records are shared through an {@link Interner} of that thread.
 */
final class BlockParser {

  /** The records of a block in line order, then the error of the first bad line, if any. */
  record Parsed(List<Recommendation> records, ReadException error) {}

  private BlockParser() {}

  static Parsed parse(String file, LineBlock block, Interner interner) {
    List<Recommendation> records = new ArrayList<>(block.count());
    for (int i = 0; i < block.count(); i++) {
      try {
        records.add(line(file, block, i, interner));
      } catch (ReadException e) {
        return new Parsed(records, e);
      }
    }
    return new Parsed(records, null);
  }

  private static Recommendation line(String file, LineBlock block, int i, Interner interner) throws ReadException {
    int start = block.starts()[i];
    int lineNumber = block.lines()[i];
    long lineStart = block.offset(start);
    try (JsonParser parser = Factories.JSON.createParser(block.chars(), start, block.ends()[i] - start)) {
      try {
        Cursor c = Cursor.lazy(parser, Positions.json(file, lineNumber, lineStart), interner);
        c.next();
        Recommendation rec = new RecordReader(c).read("/" + (block.firstIndex() + i));
        if (c.next() != null) {
          throw c.error("a line of a JSONL file holds one JSON object; found more after it");
        }
        return rec;
      } catch (JsonProcessingException e) {
        throw ParseErrors.of(e, parser, file, "JSON", lineNumber, lineStart);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
