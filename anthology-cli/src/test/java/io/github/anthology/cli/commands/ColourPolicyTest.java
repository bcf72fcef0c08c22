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
}
