package io.github.anthology.render.site;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.anthology.model.PaperRef;
import io.github.anthology.model.Status;
import io.github.anthology.render.text.TextOut;
import io.github.anthology.render.view.Arxiv;
import io.github.anthology.render.view.Chain;
import io.github.anthology.render.view.Entry;
import io.github.anthology.render.view.Link;
import io.github.anthology.render.view.RegistryView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The data the page's script works on, as JSON that is safe inside a {@code <script
 * type="application/json">} element: every {@code <}, {@code >} and {@code &} is a JSON escape, so
 * no text can close the element. Streamed record by record into the page.
 */
final class SiteData {
  private static final JsonFactory JSON = new JsonFactory();
  private static final CharacterEscapes SCRIPT_SAFE = new ScriptSafe();

  private SiteData() {}

  static void write(RegistryView view, TextOut out) {
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setCharacterEscapes(SCRIPT_SAFE);
      Map<PaperRef, String> papers = new HashMap<>();
      g.writeStartObject();
      strings(g, "topics", view.topics());
      strings(g, "statuses", Arrays.stream(Status.values()).map(Status::label).toList());
      g.writeArrayFieldStart("years");
      for (int year : view.years()) {
        g.writeNumber(year);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("recommendations");
      for (Entry e : view.entries()) {
        record(g, e, view.chainOf(e), papers.computeIfAbsent(e.recommendation().source(), k -> "p" + (papers.size() + 1)));
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void record(JsonGenerator g, Entry e, Chain chain, String paper) throws IOException {
    g.writeStartObject();
    g.writeStringField("key", e.key());
    nullable(g, "id", e.id());
    g.writeStringField("text", e.text());
    g.writeStringField("topic", e.topic());
    strings(g, "secondary", e.secondaryTopics());
    g.writeStringField("status", e.status().label());
    g.writeFieldName("year");
    if (e.year().isPresent()) {
      g.writeNumber(e.year().getAsInt());
    } else {
      g.writeNull();
    }
    g.writeStringField("paper", paper);
    nullable(g, "title", e.paperTitle());
    nullable(g, "author", e.firstAuthor());
    Optional<String> arxiv = e.arxivId();
    nullable(g, "arxiv", arxiv);
    nullable(g, "arxivUrl", arxiv.flatMap(Arxiv::url));
    strings(g, "implementations", e.implementations());
    nullable(g, "reason", e.recommendation().deprecationReason());
    g.writeArrayFieldStart("chain");
    for (Link l : chain.links()) {
      g.writeStartObject();
      g.writeStringField("label", l.label());
      nullable(g, "key", l.entryKey());
      nullable(g, "url", l.arxivId().flatMap(Arxiv::url));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeBooleanField("cycle", chain.cycle());
    g.writeEndObject();
  }

  private static void nullable(JsonGenerator g, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    } else {
      g.writeNullField(name);
    }
  }

  private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  /** JSON's own escapes, plus {@code <}, {@code >} and {@code &} as {@code \\u003c}, {@code \\u003e}, {@code \\u0026}. */
  private static final class ScriptSafe extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private static final int[] CODES = standardAsciiEscapesForJSON();
    private static final Map<Character, SerializableString> ESCAPES = Map.of(
        '<', new SerializedString("\\u003c"), '>', new SerializedString("\\u003e"), '&', new SerializedString("\\u0026"));

    static {
      ESCAPES.keySet().forEach(c -> CODES[c] = ESCAPE_CUSTOM);
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return CODES;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return ch < 128 ? ESCAPES.get((char) ch) : null;
    }
  }
}
