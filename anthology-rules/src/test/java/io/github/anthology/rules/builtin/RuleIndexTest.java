package io.github.anthology.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleMetadata;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rule index, docs/rules/README.md, is generated from the invariants table
 * (docs/rules/invariants.tsv) and the rules' metadata: it must be what the generator makes of
 * them (run this test with {@code -Danthology.writeDocs=true} to write it), every rule must check
 * at least one invariant of the table, and every rule the table names must exist.
 */
class RuleIndexTest {
  private static final Path DIR = Path.of("../docs/rules");

  /** One row of the invariants table. */
  record Invariant(String element, String field, String invariant, String rule) {}

  static List<Invariant> invariants() throws IOException {
    List<Invariant> rows = new ArrayList<>();
    for (String line : Files.readAllLines(DIR.resolve("invariants.tsv"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      assertThat(cells).as("four tab-separated cells: " + line).hasSize(4);
      rows.add(new Invariant(cells[0], cells[1], cells[2], cells[3]));
    }
    return rows;
  }

  @Test
  void everyRuleChecksAnInvariantOfTheTable() throws IOException {
    Set<String> named = new LinkedHashSet<>();
    invariants().forEach(i -> named.add(i.rule()));
    for (Rule rule : BuiltinRules.all()) {
      assertThat(named).as("the invariants table names " + rule.metadata().id()).contains(rule.metadata().id());
    }
  }

  @Test
  void everyRuleTheTableNamesExistsOrSaysWhyThereIsNone() throws IOException {
    Set<String> ids = new LinkedHashSet<>();
    BuiltinRules.all().forEach(r -> ids.add(r.metadata().id()));
    for (Invariant i : invariants()) {
      assertThat(ids.contains(i.rule()) || i.rule().startsWith("(")).as(i.rule()).isTrue();
    }
  }

  @Test
  void theIndexIsGeneratedFromTheTableAndTheRules() throws IOException {
    String generated = render(invariants(), BuiltinRules.all());
    Path index = DIR.resolve("README.md");
    if (Boolean.getBoolean("anthology.writeDocs")) {
      Files.writeString(index, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(index, StandardCharsets.UTF_8))
        .as("docs/rules/README.md is out of date: run RuleIndexTest with -Danthology.writeDocs=true")
        .isEqualTo(generated);
  }

  static String render(List<Invariant> invariants, List<Rule> rules) {
    StringBuilder md = new StringBuilder();
    md.append("# Rules\n\n")
        .append("<!-- Generated from invariants.tsv and the rules' metadata by RuleIndexTest; do not edit. -->\n\n")
        .append("Every invariant a curator relies on, element by element and relation by relation, with the\n")
        .append("rule that checks it. How often each rule is right on real registries and reading lists is in\n")
        .append("[quality.md](quality.md).\n\n")
        .append("## Invariants\n\n")
        .append("| element | field or relation | invariant | rule |\n| --- | --- | --- | --- |\n");
    for (Invariant i : invariants) {
      String rule = i.rule().startsWith("(") ? i.rule() : "[`" + i.rule() + "`](" + i.rule() + ".md)";
      md.append("| ").append(i.element()).append(" | ").append(cell(i.field())).append(" | ")
          .append(cell(i.invariant())).append(" | ").append(rule).append(" |\n");
    }
    md.append("\n## Rules\n\n| rule | checks | default severity | fixable |\n| --- | --- | --- | --- |\n");
    rules.stream().map(Rule::metadata).sorted(java.util.Comparator.comparing(RuleMetadata::id)).forEach(m ->
        md.append("| [`").append(m.id()).append("`](").append(m.id()).append(".md) | ").append(cell(m.summary()))
            .append(" | ").append(m.defaultSeverity().label()).append(" | ").append(m.fixable() ? "yes" : "no")
            .append(" |\n"));
    return md.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;");
  }
}
