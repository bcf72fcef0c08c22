package io.github.anthology.rules.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  @Test
  void swappedLettersAreOneEdit() {
    assertThat(Suggestions.distance("titel", "title")).isEqualTo(1);
    assertThat(Suggestions.closest("titel", List.of("title", "year"))).contains("title");
  }

  @Test
  void farNamesGetNoSuggestion() {
    assertThat(Suggestions.closest("note", List.of("title", "year", "topics"))).isEmpty();
  }

  @Test
  void tiesGoToTheAlphabeticallyFirst() {
    assertThat(Suggestions.closest("cat", List.of("hat", "bat"))).contains("bat");
  }
}
