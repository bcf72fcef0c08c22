package io.github.anthology.model.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Spans sort by file, then line, column and end offset, whether or not they share the file name's instance. */
class SourceSpanOrderProperties {
  private static final Comparator<SourceSpan> DEFINITION = Comparator.comparing(SourceSpan::file)
      .thenComparingInt(SourceSpan::line).thenComparingInt(SourceSpan::column).thenComparingInt(SourceSpan::endOffset);

  @Property(tries = 3000)
  void compareToIsTheOrderOfFileLineColumnAndEnd(@ForAll("spans") SourceSpan a, @ForAll("spans") SourceSpan b) {
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(DEFINITION.compare(a, b)));
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
  }

  @Provide
  Arbitrary<SourceSpan> spans() {
    Arbitrary<String> files = Arbitraries.of("a.yaml", "b.yaml", "research.yaml").map(f -> f.equals("a.yaml") ? new String(f) : f);
    Arbitrary<Integer> small = Arbitraries.integers().between(0, 3);
    return Combinators.combine(files, small, small, small)
        .as((file, line, column, end) -> new SourceSpan(file, line, column, line, column + 1, end, end));
  }
}
