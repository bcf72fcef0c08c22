package io.github.anthology.io.registry;

import io.github.anthology.model.PaperRef;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.source.Scalar;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields of the export that the reference system computes from others ({@code topic_id},
 * {@code source.paper}, {@code source.paper_id}). The writer computes them; the reader keeps a
 * value only when it differs from what would be computed, so nothing a curator wrote is lost and
 * nothing computed is stored twice.
 */
final class DerivedFields {
  private static final Pattern ID = Pattern.compile("MLR-\\d{4}-(.+)-\\d{4}");
  private static final int SLUG_WORDS = 5;

  private DerivedFields() {}

  /** {@code topic/first-five-words}, as the reference system spells it; empty without one primary topic. */
  static Optional<String> topicId(Recommendation rec) {
    if (rec.primaryTopics().size() != 1) {
      return Optional.empty();
    }
    String topic = rec.primaryTopics().get(0).text().toLowerCase(Locale.ROOT);
    String cleaned = slugCharacters(rec.text().toLowerCase(Locale.ROOT));
    String[] words = cleaned.split(" ", -1);
    int n = Math.min(SLUG_WORDS, words.length);
    return Optional.of(topic + "/" + String.join("-", java.util.Arrays.copyOf(words, n)));
  }

  /** Only the letters a-z, digits, spaces and hyphens of a text (a loop: this runs per record). */
  private static String slugCharacters(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == ' ' || c == '-') {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** {@code Kingma et al. (2014)}; empty without a first author and a year. */
  static Optional<String> paperLabel(PaperRef source) {
    if (source.firstAuthor().isEmpty() || source.year().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(source.firstAuthor().get() + " et al. (" + source.year().getAsInt() + ")");
  }

  /** The paper key inside a stable id: {@code Kingma001} of {@code MLR-2014-Kingma001-0001}. */
  static Optional<String> paperId(Optional<Scalar> id) {
    if (id.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = ID.matcher(id.get().text());
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
