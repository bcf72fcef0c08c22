package io.github.anthology.render.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.anthology.model.source.SourceSpan;
import io.github.anthology.model.source.TextEdit;
import io.github.anthology.rules.api.Finding;
import io.github.anthology.rules.api.Fix;
import io.github.anthology.rules.api.Related;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The findings as a JSON document: {@code {"findings": [...], "summary": {...}}}. */
public final class JsonReport implements Report {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Override
  public void write(List<Finding> findings, Appendable out) throws IOException {
    Writer writer = out instanceof Writer w ? w : new AppendableWriter(out);
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(writer)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      g.writeStartObject();
      g.writeArrayFieldStart("findings");
      for (Finding f : findings) {
        finding(g, f);
      }
      g.writeEndArray();
      Summary s = Summary.of(findings);
      g.writeObjectFieldStart("summary");
      g.writeNumberField("errors", s.errors());
      g.writeNumberField("warnings", s.warnings());
      g.writeNumberField("infos", s.infos());
      g.writeEndObject();
      g.writeEndObject();
    }
    out.append('\n');
  }

  private static void finding(JsonGenerator g, Finding f) throws IOException {
    g.writeStartObject();
    g.writeStringField("ruleId", f.ruleId());
    g.writeStringField("severity", f.severity().label());
    g.writeStringField("message", f.message());
    g.writeFieldName("location");
    span(g, f.span());
    if (f.pointer().isPresent()) {
      g.writeStringField("pointer", f.pointer().get());
    }
    g.writeArrayFieldStart("related");
    for (Related r : f.related()) {
      g.writeStartObject();
      g.writeStringField("message", r.message());
      g.writeFieldName("location");
      span(g, r.span());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("fixes");
    for (Fix fix : f.fixes()) {
      g.writeStartObject();
      g.writeStringField("description", fix.description());
      g.writeArrayFieldStart("edits");
      for (TextEdit e : fix.edits()) {
        g.writeStartObject();
        g.writeStringField("file", e.file());
        g.writeNumberField("start", e.startOffset());
        g.writeNumberField("end", e.endOffset());
        g.writeStringField("replacement", e.replacement());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void span(JsonGenerator g, SourceSpan s) throws IOException {
    g.writeStartObject();
    g.writeStringField("file", s.file());
    if (s.hasPosition()) {
      g.writeNumberField("line", s.line());
      g.writeNumberField("column", s.column());
      g.writeNumberField("endLine", s.endLine());
      g.writeNumberField("endColumn", s.endColumn());
    }
    g.writeEndObject();
  }
}
