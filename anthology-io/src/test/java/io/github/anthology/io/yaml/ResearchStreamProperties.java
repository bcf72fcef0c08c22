package io.github.anthology.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.io.SourceFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Broken and odd variants of real research.yaml files (lines deleted, repeated, moved, shifted;
 * YAML's anchors, aliases, tags, merge keys, flow brackets, quotes and bad characters put in) read
 * the same streamed, whole or in parts, as composed: the same papers, or the same error at the
 * same place. Where the stream leaves a document to composing ("unsure"), the caller composes it,
 * so that too gives the same.
 */
class ResearchStreamProperties {
  private static final String[] ODD = {"&a ", "*a", "&b ", "*b", "!!binary ", "!!str ", "!custom ", "<<: *a", "{", "}",
      "[", "]", "\"", "'", ": ", "- ", "#", "\t", "\u0001", "\\x07", "? ", "---\n", "...\n", "%YAML 1.1\n", "|\n", ">-\n"};
  private static final List<String> REAL = lines(ResearchStreamTest.REAL);
  private static final List<String> ALIASES = lines(ResearchStreamTest.ALIASES).subList(0, 700);

  private static List<String> lines(java.nio.file.Path file) {
    try {
      return Arrays.asList(SourceFiles.read(file).split("\n", -1));
    } catch (Exception e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }

  @Property(tries = 300)
  void aVariantReadsTheSameStreamedAsComposed(@ForAll("variants") String text, @ForAll("parts") int parts) {
    String composed = ResearchStreamTest.composed(text);
    String streamed = ResearchStreamTest.streamed(text, parts);
    Statistics.collect(streamed.startsWith("error") ? "error" : !streamed.equals("unsure") ? "papers"
        : ResearchStream.startsAsResearch(text) ? "left to composing" : "not a research.yaml by its first key");
    if (!streamed.equals("unsure")) {
      assertThat(streamed).isEqualTo(composed);
    }
  }

  @Provide
  Arbitrary<Integer> parts() {
    return Arbitraries.of(1, 2, 3);
  }

  @Provide
  Arbitrary<String> variants() {
    Arbitrary<List<String>> source = Arbitraries.of(REAL, ALIASES);
    Arbitrary<List<Tuple.Tuple3<Integer, Integer, Integer>>> edits = Arbitraries.integers().between(0, 7)
        .flatMap(kind -> Arbitraries.integers().between(0, 1 << 20)
            .flatMap(at -> Arbitraries.integers().between(0, 1 << 20).map(other -> Tuple.of(kind, at, other))))
        .list().ofMinSize(1).ofMaxSize(3);
    return source.flatMap(lines -> edits.map(list -> mutate(lines, list)));
  }

  private static String mutate(List<String> original, List<Tuple.Tuple3<Integer, Integer, Integer>> edits) {
    List<String> lines = new ArrayList<>(original);
    for (Tuple.Tuple3<Integer, Integer, Integer> edit : edits) {
      int i = edit.get2() % lines.size();
      int j = edit.get3() % lines.size();
      String line = lines.get(i);
      switch (edit.get1()) {
        case 0 -> lines.remove(i);
        case 1 -> lines.add(j, line);
        case 2 -> {
          lines.set(i, lines.get(j));
          lines.set(j, line);
        }
        case 3 -> lines.set(i, "  " + line);
        case 4 -> lines.set(i, line.startsWith("  ") ? line.substring(2) : line);
        default -> {
          String odd = ODD[edit.get3() % ODD.length];
          int at = line.isEmpty() ? 0 : edit.get3() % (line.length() + 1);
          lines.set(i, line.substring(0, at) + odd + line.substring(at));
        }
      }
    }
    return String.join("\n", lines);
  }
}
