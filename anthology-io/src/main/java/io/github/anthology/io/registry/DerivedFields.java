package io.github.anthology.io.registry;

import io.github.anthology.model.PaperRef;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.source.Scalar;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The fields of the export that the reference system computes from others ({@code topic_id},
 * {@code source.paper}, {@code source.paper_id}). The writer computes them; the reader keeps a
 * value only when it differs from what would be computed, so nothing a curator wrote is lost and
 * nothing computed is stored twice.
 */
final class DerivedFields {
  private static final int SLUG_WORDS = 5;

  private DerivedFields() {}

  /** {@code topic/first-five-words}, as the reference system spells it; empty without one primary topic. */
  static Optional<String> topicId(Recommendation rec) {
    if (rec.primaryTopics().size() != 1) {
      return Optional.empty();
    }
    return Optional.of(topicId(rec.primaryTopics().get(0).text(), rec.text()));
  }

  /** Whether a written {@code topic_id} is the one the writer would compute (compared as it is computed). */
  static boolean isTopicId(Object written, List<Scalar> primary, String text) {
    if (primary.size() != 1 || !(written instanceof String w)) {
      return false;
    }
    int[] at = {0};
    return slug(primary.get(0).text(), text, c -> at[0] < w.length() && w.charAt(at[0]++) == c) && at[0] == w.length();
  }

  /**
   * The topic, lower case, a slash, then the first five space-separated words of the text's
   * letters a-z, digits, spaces and hyphens (words may be empty), joined by hyphens. One pass over
   * the text: this runs per record.
   */
  static String topicId(String topic, String text) {
    StringBuilder out = new StringBuilder(topic.length() + 48);
    slug(topic, text, c -> {
      out.append(c);
      return true;
    });
    return out.toString();
  }

  /** Where {@link #slug} puts each character; false stops it (a written id that differs). */
  private interface Sink {
    boolean put(char c);
  }

  private static boolean slug(String topic, String text, Sink sink) {
    String lowerTopic = topic.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lowerTopic.length(); i++) {
      if (!sink.put(lowerTopic.charAt(i))) {
        return false;
      }
    }
    if (!sink.put('/')) {
      return false;
    }
    String lower = asciiSlug(text) ? text : text.toLowerCase(Locale.ROOT);
    int spaces = 0;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c == ' ') {
        if (++spaces == SLUG_WORDS) {
          break;
        }
        c = '-';
      } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
        continue;
      }
      if (!sink.put(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the part of the text the slug is made from (up to its fifth space) is ASCII: then
   * lower-casing the whole text would change nothing in that part but A-Z, so the text need not
   * be lower-cased, nor read past it (a long text's rest costs nothing).
   */
  private static boolean asciiSlug(String text) {
    int spaces = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 128) {
        return false;
      }
      if (c == ' ' && ++spaces == SLUG_WORDS) {
        return true;
      }
    }
    return true;
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
    String t = id.get().text();
    int n = t.length();
    boolean shaped = n >= 15 && t.startsWith("MLR-") && digits(t, 4, 8) && t.charAt(8) == '-'
        && t.charAt(n - 5) == '-' && digits(t, n - 4, n);
    for (int i = 9; shaped && i < n - 5; i++) {
      shaped = !endsLine(t.charAt(i));
    }
    return shaped ? Optional.of(t.substring(9, n - 5)) : Optional.empty();
  }

  private static boolean digits(String t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (t.charAt(i) < '0' || t.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** What a regular expression's {@code .} does not match. */
  private static boolean endsLine(int c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }
}
