package io.github.anthology.render.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.anthology.rules.api.Finding;
import io.github.anthology.rules.api.ProjectSite;
import io.github.anthology.rules.api.Related;
import io.github.anthology.rules.api.RuleMetadata;
import io.github.anthology.rules.api.Severity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * SARIF 2.1.0, the format code-scanning services read: one run whose driver lists every rule
 * (id, summary, documentation link, default level) and one result per finding with its place,
 * related places, fixes and a fingerprint built from the entity pointer, not the line.
 */
public final class SarifReport implements Report {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String FINGERPRINT = "anthologyPointer/v1";
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private final ReportContext context;

  public SarifReport(ReportContext context) {
    this.context = context;
  }

  @Override
  public void write(List<Finding> findings, Appendable out) throws IOException {
    List<String> ruleIds = ruleIds(findings);
    ObjectNode root = MAPPER.createObjectNode();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "anthology");
    driver.put("informationUri", ProjectSite.url());
    ArrayNode rules = driver.putArray("rules");
    ruleIds.forEach(id -> rule(rules.addObject(), id));
    ArrayNode results = run.putArray("results");
    for (Finding f : findings) {
      result(results.addObject(), f, ruleIds.indexOf(f.ruleId()));
    }
    run.put("columnKind", "unicodeCodePoints");
    out.append(MAPPER.writeValueAsString(root)).append('\n');
  }

  /** Every rule known to the run plus any a finding names, sorted: the index results refer to. */
  private List<String> ruleIds(List<Finding> findings) {
    TreeSet<String> ids = new TreeSet<>(context.rules().keySet());
    findings.forEach(f -> ids.add(f.ruleId()));
    return new ArrayList<>(ids);
  }

  private void rule(ObjectNode node, String id) {
    node.put("id", id);
    var meta = context.rule(id);
    node.putObject("shortDescription").put("text", meta.map(RuleMetadata::summary).orElse(id));
    context.documentationUrl(id).ifPresent(url -> node.put("helpUri", url));
    meta.ifPresent(m -> node.putObject("defaultConfiguration").put("level", level(m.defaultSeverity())));
  }

  private static void result(ObjectNode node, Finding f, int ruleIndex) {
    node.put("ruleId", f.ruleId());
    node.put("ruleIndex", ruleIndex);
    node.put("level", level(f.severity()));
    node.putObject("message").put("text", f.message());
    SarifLocations.physical(node.putArray("locations").addObject(), f.span());
    if (!f.related().isEmpty()) {
      ArrayNode related = node.putArray("relatedLocations");
      int id = 0;
      for (Related r : f.related()) {
        ObjectNode loc = related.addObject();
        loc.put("id", id++);
        SarifLocations.physical(loc, r.span());
        loc.putObject("message").put("text", r.message());
      }
    }
    node.putObject("partialFingerprints").put(FINGERPRINT,
        f.ruleId() + "|" + f.span().file() + "|" + f.pointer().orElse(f.message()));
    SarifLocations.fixes(node, f.fixes());
  }

  static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }
}
