package io.github.anthology.io.registry;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.anthology.io.EmptyFile;
import io.github.anthology.io.ReadException;
import io.github.anthology.model.Anthology;
import io.github.anthology.model.Recommendation;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a registry export with a source span for every recommendation and field. YAML and JSON
 * are read whole ({@code metadata.schema_version}, {@code recommendations}; the computed
 * {@code topics} summary is skipped); JSONL is read through {@link JsonlReader}, one line at a time.
 */
public final class RegistryReader {
  private RegistryReader() {}

  public static RegistryContents read(String file, String text, RegistryFormat format) throws ReadException {
    if (format == RegistryFormat.JSONL) {
      List<Recommendation> recs = new ArrayList<>();
      try (JsonlReader lines = new JsonlReader(file, new StringReader(text))) {
        for (Recommendation r = lines.next(); r != null; r = lines.next()) {
          recs.add(r);
        }
      }
      return new RegistryContents(Anthology.SCHEMA_VERSION, recs);
    }
    boolean yaml = format == RegistryFormat.YAML;
    Positions positions = yaml ? Positions.yaml(file, text) : Positions.json(file, 1, 0);
    try (JsonParser parser = Factories.of(format).createParser(text)) {
      try {
        Interner interner = new Interner();
        return document(yaml ? new Cursor(parser, positions, interner) : Cursor.lazy(parser, positions, interner), file, yaml);
      } catch (JsonProcessingException e) {
        throw ParseErrors.of(e, parser, file, yaml ? "YAML" : "JSON", 1, 0);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static RegistryContents document(Cursor c, String file, boolean yaml) throws IOException, ReadException {
    String schemaVersion = Anthology.SCHEMA_VERSION;
    List<Recommendation> recs = new ArrayList<>();
    if (c.next() == null) {
      throw EmptyFile.of(file, yaml);
    }
    if (c.token() != JsonToken.START_OBJECT) {
      throw c.error("a registry must be a mapping with `metadata` and `recommendations`");
    }
    while (c.next() == JsonToken.FIELD_NAME) {
      String key = c.text();
      c.next();
      if (key.equals("metadata") && c.token() == JsonToken.START_OBJECT) {
        schemaVersion = metadata(c, schemaVersion);
      } else if (key.equals("recommendations") && c.token() == JsonToken.START_ARRAY) {
        RecordReader records = new RecordReader(c);
        while (c.next() != JsonToken.END_ARRAY) {
          recs.add(records.read("/recommendations/" + recs.size()));
        }
      } else if (key.equals("recommendations") && c.token() != JsonToken.VALUE_NULL) {
        throw c.error("`recommendations` must be a list of recommendations");
      } else {
        c.skipValue();
      }
    }
    if (c.next() != null) {
      throw c.error("a registry file holds one document; found more after it");
    }
    return new RegistryContents(schemaVersion, recs);
  }

  private static String metadata(Cursor c, String fallback) throws IOException {
    String version = fallback;
    while (c.next() == JsonToken.FIELD_NAME) {
      String key = c.text();
      c.next();
      if (key.equals("schema_version") && c.token().isScalarValue() && c.token() != JsonToken.VALUE_NULL) {
        version = c.text();
      } else {
        c.skipValue();
      }
    }
    return version;
  }
}
