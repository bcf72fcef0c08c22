package io.github.anthology.io.papers;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.anthology.io.registry.Factories;
import io.github.anthology.model.PaperMetadata;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Writes a lock file: entries sorted by id, keys in a fixed order, two-space indentation, {@code \n}
 * line ends, no date. What is absent or false is left out, so an entry holds only what is known.
 */
final class LockFileWriter {
  private LockFileWriter() {}

  static String text(Collection<PaperMetadata> entries) {
    List<PaperMetadata> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparing(PaperMetadata::id));
    StringWriter out = new StringWriter();
    try (JsonGenerator g = Factories.JSON.createGenerator(out)) {
      g.setPrettyPrinter(pretty());
      g.writeStartObject();
      g.writeNumberField(LockFileReader.VERSION_KEY, LockFile.VERSION);
      g.writeObjectFieldStart(LockFileReader.PAPERS_KEY);
      for (PaperMetadata m : sorted) {
        g.writeObjectFieldStart(m.id());
        entry(g, m);
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.append('\n').toString();
  }

  private static void entry(JsonGenerator g, PaperMetadata m) throws IOException {
    g.writeStringField("source", m.source());
    if (!m.found()) {
      g.writeBooleanField("found", false);
      return;
    }
    if (m.title().isPresent()) {
      g.writeStringField("title", m.title().get());
    }
    if (m.firstAuthor().isPresent()) {
      g.writeObjectFieldStart("first_author");
      g.writeStringField("surname", m.firstAuthor().get().surname());
      if (!m.firstAuthor().get().given().isEmpty()) {
        g.writeStringField("given", m.firstAuthor().get().given());
      }
      g.writeEndObject();
    }
    if (m.firstVersion().isPresent()) {
      g.writeStringField("first_version", m.firstVersion().get().toString());
    }
    if (m.journalRef().isPresent()) {
      g.writeStringField("journal_ref", m.journalRef().get());
    }
    if (m.withdrawn()) {
      g.writeBooleanField("withdrawn", true);
    }
  }

  private static DefaultPrettyPrinter pretty() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }
}
