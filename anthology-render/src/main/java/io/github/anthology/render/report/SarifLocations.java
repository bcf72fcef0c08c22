package io.github.anthology.render.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.anthology.model.source.SourceSpan;
import io.github.anthology.model.source.TextEdit;
import io.github.anthology.rules.api.Fix;
import java.util.List;

/** SARIF locations, regions and fixes built from spans and text edits, files relative to one root. */
final class SarifLocations {
  private final SourceRoot root;

  SarifLocations(SourceRoot root) {
    this.root = root;
  }

  SourceRoot root() {
    return root;
  }

  /** {@code physicalLocation} with the file relative to {@code %SRCROOT%} and, when known, the region. */
  void physical(ObjectNode location, SourceSpan span) {
    ObjectNode physical = location.putObject("physicalLocation");
    artifact(physical, span.file());
    if (span.hasPosition()) {
      ObjectNode region = physical.putObject("region");
      region.put("startLine", span.line());
      region.put("startColumn", span.column());
      region.put("endLine", Math.max(span.line(), span.endLine()));
      region.put("endColumn", Math.max(1, span.endColumn()));
    }
  }

  void fixes(ObjectNode result, List<Fix> fixes) {
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
        artifact(change, edit.file());
        ObjectNode replacement = change.putArray("replacements").addObject();
        replacement.putObject("deletedRegion")
            .put("charOffset", edit.startOffset())
            .put("charLength", edit.endOffset() - edit.startOffset());
        replacement.putObject("insertedContent").put("text", edit.replacement());
      }
    }
  }

  private void artifact(ObjectNode parent, String file) {
    parent.putObject("artifactLocation").put("uri", root.relative(file)).put("uriBaseId", SourceRoot.ID);
  }
}
