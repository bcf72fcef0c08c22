package io.github.anthology.render.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.anthology.rules.baseline.Baseline;
import io.github.anthology.rules.baseline.BaselineEntry;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BaselineJsonTest {
  private static final Baseline BASELINE = new Baseline(List.of(
      new BaselineEntry("research.yaml", "naming/format", Optional.of("topic:MoE"), "topic `MoE` \"quoted\""),
      new BaselineEntry("research.yaml", "a/rule", Optional.empty(), "no pointer\nsecond line")));

  @Test
  void writesSortedEntriesWithAFixedKeyOrder() {
    assertThat(BaselineJson.write(BASELINE)).isEqualTo("""
        {
          "version" : 1,
          "entries" : [ {
            "file" : "research.yaml",
            "rule" : "a/rule",
            "message" : "no pointer\\nsecond line"
          }, {
            "file" : "research.yaml",
            "rule" : "naming/format",
            "pointer" : "topic:MoE",
            "message" : "topic `MoE` \\"quoted\\""
          } ]
        }
        """);
  }

  @Test
  void readsBackWhatItWrote() throws Exception {
    assertThat(BaselineJson.read("b.json", BaselineJson.write(BASELINE))).isEqualTo(BASELINE);
  }

  @Test
  void malformedJsonNamesTheLineAndColumn() {
    assertThatThrownBy(() -> BaselineJson.read("b.json", "{\n  \"version\": 1,\n  \"entries\": [ }"))
        .isInstanceOf(BaselineJson.Malformed.class)
        .hasMessageStartingWith("malformed baseline JSON")
        .satisfies(e -> assertThat(((BaselineJson.Malformed) e).span().location()).isEqualTo("b.json:3:16"));
  }

  @Test
  void jsonThatIsNotABaselineIsRefused() {
    assertThatThrownBy(() -> BaselineJson.read("b.json", "{\"findings\": []}")).hasMessageStartingWith("not an anthology baseline");
    assertThatThrownBy(() -> BaselineJson.read("b.json", "{\"version\": 1, \"entries\": [{\"file\": 3}]}"))
        .hasMessageStartingWith("entry 1 needs text");
  }
}
