package io.github.anthology.io.registry;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.anthology.io.ReadException;
import io.github.anthology.model.source.SourceSpan;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Jackson's parse errors as one {@code file:line:col: message}, without the parser's own decorations. */
final class ParseErrors {
  private static final Pattern DEPTH = Pattern.compile("nesting depth \\(\\d+\\) exceeds the maximum allowed \\((\\d+)");
  /** Where Jackson names the Java method of a limit: {@code , from `StreamReadConstraints.getMaxNestingDepth()`}. */
  private static final Pattern CONSTRAINT = Pattern.compile(",? from `StreamReadConstraints\\.\\w+\\(\\)`");
  private static final Pattern SOURCE_REF = Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");

  private ParseErrors() {}

  static ReadException of(JsonProcessingException e, String file, String language, int firstLine, long firstOffset) {
    return of(e, null, file, language, firstLine, firstOffset);
  }

  /**
   * The error, placed where the parser stood when the error itself has no place (a limit of
   * Jackson's {@code StreamReadConstraints}, such as nesting depth, is reported without one).
   */
  static ReadException of(JsonProcessingException e, JsonParser parser, String file, String language, int firstLine,
      long firstOffset) {
    JsonLocation at = e.getLocation() != null || parser == null ? e.getLocation() : parser.currentTokenLocation();
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
    if (e instanceof StreamConstraintsException) {
      Matcher depth = DEPTH.matcher(text);
      text = depth.find() ? "nested more than " + depth.group(1) + " levels deep" : CONSTRAINT.matcher(text).replaceAll("");
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
