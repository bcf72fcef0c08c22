package io.github.anthology.rules.builtin.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.model.Recommendation;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/** The character-by-character id check says exactly what the id pattern says. */
class MalformedIdProperties {
  private static final Pattern ID = Pattern.compile(Recommendation.ID_PATTERN);

  @Property(tries = 3000, edgeCases = EdgeCasesMode.NONE)
  void agreesWithThePattern(@ForAll("ids") String id) {
    boolean matches = ID.matcher(id).matches();
    Statistics.collect(matches);
    assertThat(MalformedIdRule.wellFormed(id)).as(id).isEqualTo(matches);
    Statistics.coverage(c -> {
      c.check(true).count(n -> n >= 100);
      c.check(false).count(n -> n >= 100);
    });
  }

  @Property(tries = 500)
  void agreesWithThePatternOnAnyText(@ForAll String text) {
    assertThat(MalformedIdRule.wellFormed(text)).as(text).isEqualTo(ID.matcher(text).matches());
  }

  /** Near-ids: each part well formed or one character off, so both answers come up often. */
  @Provide
  Arbitrary<String> ids() {
    Arbitrary<String> prefix = Arbitraries.frequency(Tuple.of(12, "MLR-"), Tuple.of(1, "MLR"), Tuple.of(1, "mlr-"),
        Tuple.of(1, "MLR_"), Tuple.of(1, "XMLR-"), Tuple.of(1, ""));
    Arbitrary<String> letters = Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.strings().withCharRange('A', 'Z').withCharRange('a', 'z').ofMaxLength(8)),
        Tuple.of(1, Arbitraries.strings().withChars("AKgz09é-").ofMaxLength(8)));
    Arbitrary<String> dash = Arbitraries.frequency(Tuple.of(12, "-"), Tuple.of(1, ""), Tuple.of(1, "_"), Tuple.of(1, "--"));
    Arbitrary<String> tail = Arbitraries.frequency(Tuple.of(12, ""), Tuple.of(1, " "), Tuple.of(1, "x"), Tuple.of(1, "\n"),
        Tuple.of(1, "٣"));
    return Combinators.combine(prefix, digits(4), dash, letters, digits(3), dash, digits(4), tail)
        .as((p, year, d1, author, nnn, d2, nnnn, t) -> p + year + d1 + author + nnn + d2 + nnnn + t);
  }

  /** Mostly exactly {@code n} digits, else from none to two more than that (Arabic-Indic ones too). */
  private static Arbitrary<String> digits(int n) {
    Arbitrary<String> exact = Arbitraries.strings().withChars("0123456789").ofLength(n);
    Arbitrary<String> any = Arbitraries.strings().withChars("0123456789٣").ofMinLength(0).ofMaxLength(n + 2);
    return Arbitraries.frequencyOf(Tuple.of(8, exact), Tuple.of(1, any));
  }
}
