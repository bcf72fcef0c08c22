package io.github.anthology.render.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.rules.builtin.BuiltinRules;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleTableTest {
  @Test
  void listsEveryRuleSortedByIdWithAlignedColumns() throws IOException {
    StringBuilder out = new StringBuilder();
    RuleTable.write(BuiltinRules.all(), out);
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(BuiltinRules.all().size() + 1);
    assertThat(lines.get(0)).startsWith("RULE").contains("SEVERITY").contains("FIX").endsWith("SUMMARY");
    assertThat(lines.subList(1, lines.size())).isSorted();
    int summaryColumn = lines.get(0).indexOf("SUMMARY");
    assertThat(lines).filteredOn(l -> l.startsWith("naming/format ")).singleElement().satisfies(l -> {
      assertThat(l).contains(" error ").contains(" yes ");
      assertThat(l.substring(summaryColumn)).isEqualTo("Topic names are hyphenated-lowercase (training-optimization).");
    });
  }
}
