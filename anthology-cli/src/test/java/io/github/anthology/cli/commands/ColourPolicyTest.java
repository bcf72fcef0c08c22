package io.github.anthology.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ColourPolicyTest {
  @Test
  void colourOnlyOnATerminal() {
    assertThat(ColourPolicy.colour(true, Map.of())).isTrue();
    assertThat(ColourPolicy.colour(false, Map.of())).isFalse();
  }

  @Test
  void noColourWinsWheneverItIsSet() {
    assertThat(ColourPolicy.colour(true, Map.of("NO_COLOR", "1"))).isFalse();
    assertThat(ColourPolicy.colour(true, Map.of("NO_COLOR", ""))).isTrue();
  }

  @Test
  void forceColourColoursAPipeUnlessNoColourIsSetOrItSaysNo() {
    assertThat(ColourPolicy.colour(false, Map.of("FORCE_COLOR", "1"))).isTrue();
    assertThat(ColourPolicy.colour(false, Map.of("FORCE_COLOR", "true"))).isTrue();
    assertThat(ColourPolicy.colour(true, Map.of("FORCE_COLOR", "0"))).isFalse();
    assertThat(ColourPolicy.colour(false, Map.of("FORCE_COLOR", ""))).isFalse();
    assertThat(ColourPolicy.colour(false, Map.of("FORCE_COLOR", "1", "NO_COLOR", "1"))).isFalse();
  }

  @Test
  void theOptionWinsOverTerminalAndEnvironment() {
    assertThat(ColourPolicy.colour(ColourPolicy.When.always, false, Map.of("NO_COLOR", "1"))).isTrue();
    assertThat(ColourPolicy.colour(ColourPolicy.When.never, true, Map.of("FORCE_COLOR", "1"))).isFalse();
    assertThat(ColourPolicy.colour(ColourPolicy.When.auto, true, Map.of())).isTrue();
  }
}
