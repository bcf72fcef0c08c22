package io.github.anthology.io.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.model.source.Scalar;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The one-pass derivations agree with their plain definitions (split, join, a regular expression). */
class DerivedFieldsProperties {
  private static final Pattern ID = Pattern.compile("MLR-\\d{4}-(.+)-\\d{4}");

  @Property(tries = 2000)
  void theTopicIdIsTheTopicAndTheFirstFiveWordsOfTheCleanedText(
      @ForAll("texts") String topic, @ForAll("texts") String text) {
    String cleaned = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 -]", "");
    String[] words = cleaned.split(" ", -1);
    String expected = topic.toLowerCase(Locale.ROOT) + "/"
        + String.join("-", Arrays.copyOf(words, Math.min(5, words.length)));
    assertThat(DerivedFields.topicId(topic, text)).isEqualTo(expected);
  }

  @Property(tries = 2000)
  void thePaperKeyIsWhatTheIdPatternCaptures(@ForAll("ids") String id) {
    Matcher m = ID.matcher(id);
    Optional<String> expected = m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    assertThat(DerivedFields.paperId(Optional.of(Scalar.of(id)))).isEqualTo(expected);
  }

  @Property(tries = 2000)
  void aWrittenTopicIdIsRecognisedExactlyWhenItIsTheComputedOne(
      @ForAll("texts") String topic, @ForAll("texts") String text, @ForAll("texts") String other, @ForAll boolean same) {
    String computed = DerivedFields.topicId(topic, text);
    String written = same ? computed : other;
    assertThat(DerivedFields.isTopicId(written, java.util.List.of(Scalar.of(topic)), text)).isEqualTo(computed.equals(written));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("aZ09 -_`~*.İKβ\u212A\u00e9").ofMaxLength(40);
  }

  @Provide
  Arbitrary<String> ids() {
    Arbitrary<String> middle = Arbitraries.strings().withChars("Ab1-\n\u0663").ofMaxLength(6);
    Arbitrary<String> digits = Arbitraries.strings().withChars("0123x\u0663").ofMinLength(3).ofMaxLength(5);
    return net.jqwik.api.Combinators.combine(digits, middle, digits)
        .as((year, key, n) -> "MLR-" + year + "-" + key + "-" + n);
  }
}
