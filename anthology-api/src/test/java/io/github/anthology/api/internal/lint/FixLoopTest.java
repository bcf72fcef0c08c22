package io.github.anthology.api.internal.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.io.LoadedRegistry;
import io.github.anthology.io.ReadException;
import io.github.anthology.io.RegistryLoader;
import io.github.anthology.rules.builtin.naming.FormatRule;
import io.github.anthology.rules.engine.Linter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FixLoopTest {
  private static final String RESEARCH = """
      # curated by hand
      2021:
        - title: Switch
          first_author: Fedus
          year: 2021
          topics:
            - Memory_Efficiency   # renamed later
            - "MoE"
          sota:
            - Route each token to one expert
      """;

  private static LoadedRegistry registry(String text) throws ReadException {
    return RegistryLoader.read(Map.of("research.yaml", text));
  }

  private static String fixed(FixLoop.Result result, String text) {
    return result.changes().applyTo(Map.of("research.yaml", text)).get("research.yaml");
  }

  @Test
  void overlappingFixesAreAppliedInLaterPassesUntilNothingIsLeftToFix() throws ReadException {
    Linter linter = TagRules.linter(new TagRules.Lower(), new TagRules.Underscore());
    FixLoop.Result result = FixLoop.run(registry(RESEARCH), linter);
    assertThat(result.settled()).isTrue();
    assertThat(result.passes()).isEqualTo(2);
    assertThat(result.remaining()).isEmpty();
    assertThat(fixed(result, RESEARCH)).isEqualTo(RESEARCH
        .replace("Memory_Efficiency", "memory-efficiency").replace("\"MoE\"", "\"moe\""));
  }

  @Test
  void fixingTwiceIsFixingOnce() throws ReadException {
    Linter linter = TagRules.linter(new TagRules.Lower(), new TagRules.Underscore());
    String once = fixed(FixLoop.run(registry(RESEARCH), linter), RESEARCH);
    FixLoop.Result again = FixLoop.run(registry(once), linter);
    assertThat(again.changes().isEmpty()).isTrue();
    assertThat(again.passes()).isZero();
  }

  @Test
  void theBuiltInRenameFixConvergesAndKeepsComments() throws ReadException {
    FixLoop.Result result = FixLoop.run(registry(RESEARCH), TagRules.linter(new FormatRule()));
    assertThat(result.settled()).isTrue();
    assertThat(fixed(result, RESEARCH)).contains("# curated by hand\n")
        .contains("- memory-efficiency   # renamed later\n").contains("- \"moe\"\n");
  }

  @Test
  void fixesThatNeverSettleStopAfterTheLastPassAndSaySo() throws ReadException {
    FixLoop.Result result = FixLoop.run(registry(RESEARCH), TagRules.linter(new TagRules.Forever()));
    assertThat(result.settled()).isFalse();
    assertThat(result.passes()).isEqualTo(FixLoop.MAX_PASSES);
    assertThat(fixed(result, RESEARCH)).contains("- Memory_Efficiency" + "x".repeat(FixLoop.MAX_PASSES) + "   #");
  }

  @Test
  void aCleanRegistryNeedsNoPass() throws ReadException {
    String clean = RESEARCH.replace("Memory_Efficiency", "memory-efficiency").replace("MoE", "moe");
    FixLoop.Result result = FixLoop.run(registry(clean), TagRules.linter(new TagRules.Lower(), new TagRules.Underscore()));
    assertThat(result.passes()).isZero();
    assertThat(result.changes().isEmpty()).isTrue();
  }
}
