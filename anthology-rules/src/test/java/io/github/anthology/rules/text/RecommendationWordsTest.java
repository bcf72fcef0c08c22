package io.github.anthology.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.model.PaperRef;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.Status;
import io.github.anthology.model.source.SourceSpan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class RecommendationWordsTest {
  /**
   * Each text read once says what reading it alone says: its normalised words (count and hash),
   * its content words (the normalised words less the stop words, each once), in text order.
   */
  @Property(tries = 200)
  void everyTextIsReadAsReadingItAloneReadsIt(
      @ForAll @Size(max = 12) List<@StringLength(max = 40) @Chars({'a', 'b', 'T', 'h', 'e', ' ', '-', 'É', '1'}) String> texts) {
    List<Recommendation> recs = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      recs.add(rec(texts.get(i), texts.size() - i));
    }
    RecommendationWords words = RecommendationWords.of(recs);
    List<Recommendation> reversed = new ArrayList<>(recs);
    java.util.Collections.reverse(reversed);
    assertThat(words.inTextOrder()).isEqualTo(reversed);
    for (int i = 0; i < words.size(); i++) {
      String text = words.inTextOrder().get(i).text();
      String normalised = Tokens.normaliseSlowly(text);
      Tokens alone = new Tokens().read(text);
      assertThat(words.normalised(i)).isEqualTo(normalised);
      assertThat(words.wordCount(i)).isEqualTo(normalised.isEmpty() ? 0 : normalised.split(" ").length);
      assertThat(words.hash(i)).isEqualTo(alone.hash());
      Set<String> content = new TreeSet<>(normalised.isEmpty() ? List.of() : Arrays.asList(normalised.split(" ")));
      content.removeAll(ContentWords.STOP_WORDS);
      List<String> read = new ArrayList<>();
      for (int at = words.contentStart(i); at < words.contentEnd(i); at++) {
        read.add(words.word(words.contentWord(at)));
        assertThat(at == words.contentStart(i) || words.contentWord(at - 1) < words.contentWord(at)).isTrue();
      }
      assertThat(new TreeSet<>(read)).isEqualTo(content);
      assertThat(read).hasSize(content.size());
    }
  }

  /** Word ids follow first appearance over the texts in text order, as one reader of them all gives. */
  @Test
  void wordIdsFollowFirstAppearanceInTextOrder() {
    RecommendationWords words = RecommendationWords.of(List.of(
        rec("warmup the learning rate", 2), rec("Clip gradients; warm up", 1)));
    List<String> inIdOrder = new ArrayList<>();
    Set<Integer> ids = new LinkedHashSet<>();
    for (int i = 0; i < words.size(); i++) {
      for (int at = words.contentStart(i); at < words.contentEnd(i); at++) {
        ids.add(words.contentWord(at));
      }
    }
    new TreeSet<>(ids).forEach(id -> inIdOrder.add(words.word(id)));
    assertThat(inIdOrder).containsExactly("clip", "gradients", "warm", "up", "warmup", "learning", "rate");
  }

  private static Recommendation rec(String text, int line) {
    SourceSpan at = new SourceSpan("research.yaml", line, 7, line, 20, line * 100, line * 100 + 13);
    return Recommendation.builder().text(text).textSpan(at).span(at).status(Status.STANDARD)
        .source(PaperRef.builder().title("p").build()).build();
  }
}
