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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * SARIF 2.1.0 as code-scanning services read it (GitHub's included): one run whose driver names
 * its version and lists every rule (id, summary, full description, help from the rule's page,
 * documentation link, default level), and one result per finding with its place, related places,
 * fixes and a fingerprint built from the entity pointer, not the line. Every location is a URI
 * relative to {@code %SRCROOT%}, which {@code originalUriBaseIds} defines (see {@link SourceRoot}).
 */
public final class SarifReport implements Report {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String FINGERPRINT = "anthologyPointer/v1";
  static final String INFORMATION_URI = ProjectSite.url();
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private final ReportContext context;

  public SarifReport(ReportContext context) {
    this.context = context;
  }

  @Override
  public void write(List<Finding> findings, Appendable out) throws IOException {
    List<String> ruleIds = ruleIds(findings);
    SarifLocations locations = new SarifLocations(SourceRoot.of(context.workingDirectory(), files(findings)));
    ObjectNode root = MAPPER.createObjectNode();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "anthology");
    driver.put("version", ToolVersion.VERSION);
    driver.put("semanticVersion", ToolVersion.VERSION);
    driver.put("informationUri", INFORMATION_URI);
    ArrayNode rules = driver.putArray("rules");
    ruleIds.forEach(id -> rule(rules.addObject(), id));
    run.putObject("originalUriBaseIds").putObject(SourceRoot.ID).put("uri", locations.root().uri());
    ArrayNode results = run.putArray("results");
    for (Finding f : findings) {
      result(results.addObject(), f, ruleIds.indexOf(f.ruleId()), locations);
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

  /** Every file a location will name: the inputs, and the files of findings, related places and fixes. */
  private Set<String> files(List<Finding> findings) {
    Set<String> files = new LinkedHashSet<>(context.inputs());
    for (Finding f : findings) {
      files.add(f.span().file());
      f.related().forEach(r -> files.add(r.span().file()));
      f.fixes().forEach(fix -> fix.edits().forEach(e -> files.add(e.file())));
    }
    return files;
  }

  private void rule(ObjectNode node, String id) {
    node.put("id", id);
    var meta = context.rule(id);
    String summary = meta.map(RuleMetadata::summary).orElse(id);
    RuleHelp help = RuleHelp.of(summary, context.page(id), context.documentationUrl(id));
    node.putObject("shortDescription").put("text", summary);
    node.putObject("fullDescription").put("text", help.fullDescription());
    node.putObject("help").put("text", help.text()).put("markdown", help.markdown());
    context.documentationUrl(id).ifPresent(url -> node.put("helpUri", url));
    meta.ifPresent(m -> node.putObject("defaultConfiguration").put("level", level(m.defaultSeverity())));
  }

  private static void result(ObjectNode node, Finding f, int ruleIndex, SarifLocations locations) {
    node.put("ruleId", f.ruleId());
    node.put("ruleIndex", ruleIndex);
    node.put("level", level(f.severity()));
    node.putObject("message").put("text", f.message());
    locations.physical(node.putArray("locations").addObject(), f.span());
    if (!f.related().isEmpty()) {
      ArrayNode related = node.putArray("relatedLocations");
      int id = 0;
      for (Related r : f.related()) {
        ObjectNode loc = related.addObject();
        loc.put("id", id++);
        locations.physical(loc, r.span());
        loc.putObject("message").put("text", r.message());
      }
    }
    node.putObject("partialFingerprints").put(FINGERPRINT,
        f.ruleId() + "|" + locations.root().relative(f.span().file()) + "|" + f.pointer().orElse(f.message()));
    locations.fixes(node, f.fixes());
  }

  static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }
}
