package io.github.anthology.render.baseline;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.anthology.model.source.SourceSpan;
import io.github.anthology.rules.baseline.Baseline;
import io.github.anthology.rules.baseline.BaselineEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code {"version": 1, "entries": [{"file", "rule", "pointer", "message"}, ...]}}, entries sorted
 * and keys in a fixed order, so the same findings always give the same bytes and diffs stay small.
 */
public final class BaselineJson {
  public static final int VERSION = 1;
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private BaselineJson() {}

  public static String write(Baseline baseline) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("version", VERSION);
    ArrayNode entries = root.putArray("entries");
    for (BaselineEntry e : baseline.entries()) {
      ObjectNode node = entries.addObject();
      node.put("file", e.file());
      node.put("rule", e.rule());
      e.pointer().ifPresent(p -> node.put("pointer", p));
      node.put("message", e.message());
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings always serialises", e);
    }
  }

  /** A baseline file that is not one: the place and what is wrong. */
  public static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient SourceSpan span;

    Malformed(SourceSpan span, String problem) {
      super(problem);
      this.span = span;
    }

    public SourceSpan span() {
      return span;
    }
  }

  public static Baseline read(String file, String text) throws Malformed {
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      SourceSpan span = at == null ? SourceSpan.ofFile(file)
          : new SourceSpan(file, at.getLineNr(), at.getColumnNr(), at.getLineNr(), at.getColumnNr(), -1, -1);
      throw new Malformed(span, "malformed baseline JSON: " + e.getOriginalMessage()
          .replaceAll("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]", "line $1, column $2"));
    }
    if (root == null || !root.path("entries").isArray() || root.path("version").asInt() != VERSION) {
      throw new Malformed(SourceSpan.ofFile(file),
          "not an anthology baseline (version " + VERSION + " with an `entries` list); write one with --write-baseline");
    }
    List<BaselineEntry> entries = new ArrayList<>();
    for (JsonNode e : root.get("entries")) {
      if (!e.path("file").isTextual() || !e.path("rule").isTextual() || !e.path("message").isTextual()) {
        throw new Malformed(SourceSpan.ofFile(file), "entry " + (entries.size() + 1)
            + " needs text `file`, `rule` and `message`");
      }
      entries.add(new BaselineEntry(e.get("file").asText(), e.get("rule").asText(),
          Optional.ofNullable(e.get("pointer")).filter(JsonNode::isTextual).map(JsonNode::asText),
          e.get("message").asText()));
    }
    return new Baseline(entries);
  }
}
