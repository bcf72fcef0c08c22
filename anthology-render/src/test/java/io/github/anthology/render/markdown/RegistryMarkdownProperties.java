package io.github.anthology.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.model.Anthology;
import io.github.anthology.model.PaperRef;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.Status;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.model.source.SourceSpan;
import io.github.anthology.render.view.RegistryView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RegistryMarkdownProperties {
  private static final SourceSpan NOWHERE = SourceSpan.ofFile("generated");

  @Provide
  Arbitrary<List<Recommendation>> registries() {
    Arbitrary<String> text = Arbitraries.strings().withCharRange(' ', '~').withChars("é→\n").ofMinLength(1).ofMaxLength(30)
        .filter(t -> !MarkdownText.normalise(t).isEmpty());
    Arbitrary<Optional<String>> topic = Arbitraries.of("attention", "data-pipeline", "# odd *topic*", "[x](y)", "<b>")
        .optional(0.9);
    Arbitrary<Recommendation> rec = Combinators.combine(text, topic, Arbitraries.of(Status.class),
        Arbitraries.integers().between(2010, 2025)).as((t, top, status, year) -> Recommendation.builder()
            .text(t).textSpan(NOWHERE).span(NOWHERE).status(status)
            .primaryTopics(top.map(n -> List.of(Scalar.of(n))).orElse(List.of()))
            .source(PaperRef.builder().year(year).build()).build());
    return rec.list().ofMaxSize(25);
  }

  /** What the registry should list: texts by "status heading / topic", in source order. */
  private static Map<String, List<String>> expected(RegistryView view) {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    for (Status status : Status.values()) {
      for (String topic : view.topics()) {
        view.entries().stream().filter(e -> e.status() == status && e.topic().equals(topic)).forEach(e ->
            groups.computeIfAbsent(RegistryMarkdown.heading(status) + " / " + MarkdownText.normalise(topic),
                k -> new ArrayList<>()).add(MarkdownText.normalise(e.text())));
      }
    }
    return groups;
  }

  @Property(tries = 300)
  void everyRecommendationReadsBackOnceUnderItsStatusAndTopic(@ForAll("registries") List<Recommendation> recs) {
    RegistryView view = RegistryView.of(Anthology.builder().recommendations(recs).build());

    Map<String, List<String>> listed = new LinkedHashMap<>();
    MarkdownTree.parse(RegistryMarkdown.render(view, Optional.empty())).itemsByHeadingPath().forEach((path, items) -> {
      String section = path.substring(path.indexOf(" / ") + 3);
      if (!section.startsWith("Statistics")) {
        listed.put(section, items);
      }
    });

    assertThat(listed).isEqualTo(expected(view));
  }
}
