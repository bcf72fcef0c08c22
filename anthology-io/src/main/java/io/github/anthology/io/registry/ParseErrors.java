package io.github.anthology.io.registry;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.anthology.io.ReadException;
import io.github.anthology.model.source.SourceSpan;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Jackson's parse errors as one {@code file:line:col: message}, without the parser's own decorations. */
final class ParseErrors {
  private static final Pattern SOURCE_REF = Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");

  private ParseErrors() {}

  static ReadException of(JsonProcessingException e, String file, String language, int firstLine, long firstOffset) {
    JsonLocation at = e.getLocation();
    SourceSpan span = at == null || at.getLineNr() < 1 ? SourceSpan.ofFile(file)
        : Positions.json(file, firstLine, Math.max(0, firstOffset)).span(at, at);
    return new ReadException(withoutOffsets(span, at), "malformed " + language + ": " + describe(e, firstLine));
  }

  /** A YAML location's offset counts code points; only the line and column are trusted. */
  private static SourceSpan withoutOffsets(SourceSpan s, JsonLocation at) {
    if (!s.hasPosition() || at.getCharOffset() >= 0) {
      return s;
    }
    return new SourceSpan(s.file(), s.line(), s.column(), s.endLine(), s.endColumn(), -1, -1);
  }

  private static String describe(JsonProcessingException e, int firstLine) {
    String text = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
    if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException y) {
      String problem = y.getProblem() == null ? "" : y.getProblem();
      String context = y.getContext() == null ? "" : y.getContext();
      text = context.isEmpty() ? problem : problem + " (" + context + ")";
    }
    Matcher m = SOURCE_REF.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int line = firstLine - 1 + Integer.parseInt(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement("line " + line + ", column " + m.group(2)));
    }
    m.appendTail(out);
    return out.toString().replace('\n', ' ').trim();
  }
}
