package io.github.anthology.rules.builtin.registry;

import io.github.anthology.model.Recommendation;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.rules.api.Pointers;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;

/**
 * Recommendation ids have the stable form {@code MLR-<year>-<Author><NNN>-<NNNN>}
 * ({@link Recommendation#ID_PATTERN}). The form is checked character by character rather than by
 * the pattern: a million ids each cost a regex match otherwise (property-tested against the
 * pattern).
 */
@RuleInfo(
    id = "registry/malformed-id",
    summary = "Recommendation ids have the form MLR-<year>-<Author><NNN>-<NNNN>.",
    severity = Severity.ERROR)
public final class MalformedIdRule implements Rule {

  @Override
  public void check(RuleContext ctx) {
    for (Recommendation rec : ctx.anthology().recommendations()) {
      if (rec.id().isEmpty()) {
        continue;
      }
      Scalar id = rec.id().get();
      if (!wellFormed(id.text().trim())) {
        ctx.at(id.span(), "recommendation id `" + id.text() + "` is not of the form"
                + " MLR-<year>-<Author><NNN>-<NNNN> (e.g. MLR-2014-Kingma001-0001); remove it and"
                + " let `anthology ids` assign one")
            .pointer(Pointers.recommendation(rec))
            .report();
      }
    }
  }

  /**
   * Whether the whole of {@code id} matches {@link Recommendation#ID_PATTERN}: {@code MLR-}, four
   * digits, {@code -}, ASCII letters, three digits, {@code -}, four digits. Letters and digits do not
   * overlap, so the letters are the longest run of them and exactly three digits must follow.
   */
  static boolean wellFormed(String id) {
    int n = id.length();
    if (n < 17 || !id.startsWith("MLR-") || !digits(id, 4, 4) || id.charAt(8) != '-') {
      return false;
    }
    int at = 9;
    while (at < n && isLetter(id.charAt(at))) {
      at++;
    }
    return n - at == 8 && digits(id, at, 3) && id.charAt(at + 3) == '-' && digits(id, at + 4, 4);
  }

  private static boolean digits(String s, int from, int count) {
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean isLetter(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
  }
}
