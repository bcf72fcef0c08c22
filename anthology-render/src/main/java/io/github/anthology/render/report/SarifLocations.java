package io.github.anthology.render.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.anthology.model.source.SourceSpan;
import io.github.anthology.model.source.TextEdit;
import io.github.anthology.rules.api.Fix;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/** SARIF locations, regions and fixes built from spans and text edits. */
final class SarifLocations {
  private SarifLocations() {}

  /** {@code physicalLocation} with the file as a relative URI and, when known, the region. */
  static void physical(ObjectNode location, SourceSpan span) {
    ObjectNode physical = location.putObject("physicalLocation");
    physical.putObject("artifactLocation").put("uri", uri(span.file()));
    if (span.hasPosition()) {
      ObjectNode region = physical.putObject("region");
      region.put("startLine", span.line());
      region.put("startColumn", span.column());
      region.put("endLine", Math.max(span.line(), span.endLine()));
      region.put("endColumn", Math.max(1, span.endColumn()));
    }
  }

  static void fixes(ObjectNode result, List<Fix> fixes) {
    if (fixes.isEmpty()) {
      return;
    }
    ArrayNode out = result.putArray("fixes");
    for (Fix fix : fixes) {
      ObjectNode node = out.addObject();
      node.putObject("description").put("text", fix.description());
      ArrayNode changes = node.putArray("artifactChanges");
      for (TextEdit edit : fix.edits()) {
        ObjectNode change = changes.addObject();
        change.putObject("artifactLocation").put("uri", uri(edit.file()));
        ObjectNode replacement = change.putArray("replacements").addObject();
        replacement.putObject("deletedRegion")
            .put("charOffset", edit.startOffset())
            .put("charLength", edit.endOffset() - edit.startOffset());
        replacement.putObject("insertedContent").put("text", edit.replacement());
      }
    }
  }

  /** A file name as a URI reference: forward slashes, unsafe characters percent-encoded. */
  static String uri(String file) {
    try {
      return new URI(null, null, file.replace('\\', '/'), null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("file name cannot be a URI: " + file, e);
    }
  }
}
