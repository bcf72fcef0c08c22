package io.github.anthology.render.diff;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.anthology.rules.api.Finding;
import io.github.anthology.rules.diff.DiffItem;
import io.github.anthology.rules.diff.DiffSection;
import io.github.anthology.rules.diff.FieldChange;
import io.github.anthology.rules.diff.Modification;
import io.github.anthology.rules.diff.RegistryDiff;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The diff as JSON, in the shape of {@code docs/schemas/diff.schema.json}: {@code papers},
 * {@code recommendations} and {@code topics}, each with {@code added}, {@code removed} and
 * {@code changed}; {@code findings} with {@code introduced} and {@code resolved}. A changed entry
 * names the entity before and after and says what changed, kind by kind.
 */
public final class DiffJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private DiffJson() {}

  public static String render(RegistryDiff diff, String oldLabel, String newLabel) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      g.writeStartObject();
      g.writeStringField("old", oldLabel);
      g.writeStringField("new", newLabel);
      section(g, "papers", diff.papers());
      section(g, "recommendations", diff.recommendations());
      section(g, "topics", diff.topics());
      g.writeObjectFieldStart("findings");
      findings(g, "introduced", diff.findings().introduced());
      findings(g, "resolved", diff.findings().resolved());
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  private static void section(JsonGenerator g, String name, DiffSection s) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeArrayFieldStart("added");
    for (DiffItem i : s.added()) {
      item(g, i);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("removed");
    for (DiffItem i : s.removed()) {
      item(g, i);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("changed");
    for (Modification m : s.changed()) {
      g.writeStartObject();
      g.writeStringField("key", m.after().key());
      g.writeFieldName("before");
      item(g, m.before());
      g.writeFieldName("after");
      item(g, m.after());
      g.writeObjectFieldStart("changes");
      for (FieldChange c : m.changes()) {
        g.writeObjectFieldStart(c.kind());
        value(g, "before", c.kind(), c.before());
        value(g, "after", c.kind(), c.after());
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void item(JsonGenerator g, DiffItem i) throws IOException {
    g.writeStartObject();
    g.writeStringField("key", i.key());
    for (Map.Entry<String, String> f : i.fields().entrySet()) {
      g.writeStringField(f.getKey(), f.getValue());
    }
    g.writeEndObject();
  }

  private static void value(JsonGenerator g, String field, String kind, List<String> values) throws IOException {
    if (DiffWords.SINGLE.contains(kind)) {
      if (values.isEmpty()) {
        g.writeNullField(field);
      } else {
        g.writeStringField(field, values.get(0));
      }
      return;
    }
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static void findings(JsonGenerator g, String name, List<Finding> findings) throws IOException {
    g.writeArrayFieldStart(name);
    for (Finding f : findings) {
      g.writeStartObject();
      g.writeStringField("ruleId", f.ruleId());
      g.writeStringField("severity", f.severity().label());
      g.writeStringField("message", f.message());
      g.writeStringField("file", f.span().file());
      g.writeNumberField("line", f.span().line());
      g.writeNumberField("column", f.span().column());
      if (f.pointer().isPresent()) {
        g.writeStringField("pointer", f.pointer().get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
