package io.github.anthology.io.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.model.Anthology;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The streamed YAML writer against SnakeYAML's emitter, on generated registries and trees of awkward text. */
class StreamedYamlProperties {

  /** Text a YAML writer gets wrong: indicators, quotes, breaks, look-alikes of other types, any character. */
  static Arbitrary<String> nasty() {
    Arbitrary<String> pieces = Arbitraries.of("yes", "no", "No", "null", "~", "true", "off", "y", "n", "1", "0",
        "007", "1.5", "-2", "+.", "1e3", "0x1F", "2026-08-02", "1:30", "- ", "-", "---", "...", ": ", ":", " #", "#",
        "'", "\"", "\\", "&", "*", "!", "|", ">", "%", "@", "`", "?", ",", "[", "]", "{", "}", " ", "  ", "\t", "\n",
        "\r", "\u0085", "\u2028", "\u2029", "\u00A0", "\uFEFF", "\u0000", "\u0007", "\u001B", "β₁", "é", "日本",
        "\uD83D\uDE00", "\uD800", "\uDC00", "a", "word", "_");
    return Arbitraries.oneOf(
        pieces.list().ofMaxSize(6).map(l -> String.join("", l)),
        Arbitraries.strings().all().ofMaxLength(12),
        Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(20),
        Arbitraries.strings().withChars("ab :#-'\"\n\u2028 ").ofMinLength(120).ofMaxLength(135));
  }

  static Arbitrary<Object> tree(int depth) {
    Arbitrary<Object> scalar = Arbitraries.oneOf(nasty().map(Object.class::cast), Arbitraries.of(true, false),
        Arbitraries.longs().map(Object.class::cast), Arbitraries.doubles().map(Object.class::cast),
        Arbitraries.just(null));
    if (depth == 0) {
      return scalar;
    }
    Arbitrary<Object> list = tree(depth - 1).list().ofMaxSize(3).map(Object.class::cast);
    Arbitrary<Object> map = Arbitraries.maps(nasty(), tree(depth - 1)).ofMaxSize(3).map(Object.class::cast);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, scalar), net.jqwik.api.Tuple.of(1, list), net.jqwik.api.Tuple.of(2, map));
  }

  /** An export's document is a mapping at its root. */
  @Provide
  Arbitrary<Object> trees() {
    return Arbitraries.maps(nasty(), tree(2)).ofMaxSize(4).map(Object.class::cast);
  }

  @Property(tries = 400)
  void anyTreeIsWrittenAsTheEmitterWritesIt(@ForAll("trees") Object tree) {
    assertThat(SnakeYamlOracle.streamedValue(tree)).isEqualTo(SnakeYamlOracle.value(tree));
  }

  @Property(tries = 2000)
  void anyTextAsKeyAndValueIsWrittenAsTheEmitterWritesIt(@ForAll("texts") String text) {
    Map<String, Object> tree = new java.util.LinkedHashMap<>();
    tree.put("k", text);
    tree.put(text, List.of(text, Map.of(text, text)));
    assertThat(SnakeYamlOracle.streamedValue(tree)).isEqualTo(SnakeYamlOracle.value(tree));
  }

  @Property(tries = 3000)
  void anOrdinaryTextIsOneThatTheFullRulesWritePlain(@ForAll("texts") String text) {
    if (YamlScalars.ordinaryPlain(text.toCharArray(), text.length())) {
      assertThat(YamlQuoting.INSTANCE.quoteValue(text)).isFalse();
      assertThat(text).doesNotContain("\n");
      assertThat(YamlScalars.style(text, YamlScalars.PLAIN, false)).isEqualTo(YamlScalars.PLAIN);
      assertThat(YamlScalars.analyse(text) & 2).as("one line").isZero();
    }
  }

  @Provide
  Arbitrary<String> texts() {
    return nasty();
  }

  @Provide
  Arbitrary<Anthology> anthologies() {
    return Arbitraries.oneOf(Generated.anthology(), Generated.anthology(nasty()));
  }

  @Property(tries = 500)
  void anyRegistryIsExportedAsTheEmitterExportedIt(@ForAll("anthologies") Anthology anthology) {
    for (ExportOptions options : List.of(ExportOptions.DEFAULT, ExportOptions.lastUpdated("2026-01-01"))) {
      assertThat(RegistryWriter.write(anthology, RegistryFormat.YAML, options))
          .isEqualTo(SnakeYamlOracle.export(anthology, options));
    }
  }
}
