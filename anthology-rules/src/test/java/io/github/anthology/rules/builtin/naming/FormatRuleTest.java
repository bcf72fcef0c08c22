package io.github.anthology.rules.builtin.naming;

import static io.github.anthology.rules.Fixtures.lint;
import static io.github.anthology.rules.Fixtures.taxonomy;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.model.source.TextEdit;
import io.github.anthology.rules.api.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatRuleTest {
  private final FormatRule rule = new FormatRule();

  @Test
  void hyphenatedLowercaseNamesPass() {
    assertThat(lint(rule, null, taxonomy("training-optimization", "model-architecture", "fp8"))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "TrainingOptimization, training-optimization",
    "training_optimization, training-optimization",
    "MoE, moe",
    "'inference optimization', inference-optimization",
    "-leading--and-trailing-, leading-and-trailing"
  })
  void badlyFormattedNamesAreReportedWithTheirHyphenatedForm(String name, String fixed) {
    List<Finding> findings = lint(rule, null, "topics:\n  - name: \"" + name + "\"\n");
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.message()).contains("`" + name + "`").contains("rename it to `" + fixed + "`");
      assertThat(f.span().line()).isEqualTo(2);
      assertThat(f.pointer()).contains("topic:" + name);
    });
  }

  @Test
  void withoutATaxonomyEveryFreeTagIsCheckedAtItsFirstUse() {
    String research = """
        2021:
          - title: A
            year: 2021
            topics: [distributed-training, MoE]
            sota: [one]
          - title: B
            year: 2021
            topics: [MoE]
        """;
    List<Finding> findings = lint(rule, research, null);
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.span().line()).isEqualTo(4);
      assertThat(f.related()).singleElement().satisfies(r -> assertThat(r.span().line()).isEqualTo(8));
    });
  }

  @Test
  void theFixRenamesTheTopicAndEveryReferenceKeepingQuotes() {
    String tax = """
        topics:
          - name: "Data_Pipeline"
          - name: training-optimization
            related: [Data_Pipeline]
        """;
    String research = "2020:\n  - title: A\n    year: 2020\n    topics: [Data_Pipeline]\n    sota: [x]\n";
    Finding f = lint(rule, research, tax).get(0);
    List<TextEdit> edits = f.fixes().get(0).edits();
    assertThat(edits).hasSize(3).allSatisfy(e -> assertThat(e.replacement()).isEqualTo("data-pipeline"));
    TextEdit quoted = edits.stream().filter(e -> e.file().equals("taxonomy.yaml")).findFirst().orElseThrow();
    assertThat(tax.substring(quoted.startOffset(), quoted.endOffset())).isEqualTo("Data_Pipeline");
  }

  @Test
  void noRenameIsOfferedOntoAnotherDeclaredTopic() {
    Finding f = lint(rule, null, taxonomy("data-pipeline", "Data_Pipeline")).get(0);
    assertThat(f.fixes()).isEmpty();
  }

  @Test
  void namesWithNothingToKeepAreReportedWithoutAFix() {
    Finding f = lint(rule, null, "topics:\n  - name: \"--\"\n").get(0);
    assertThat(f.fixes()).isEmpty();
    assertThat(f.message()).contains("lower-case words joined by hyphens");
  }
}
