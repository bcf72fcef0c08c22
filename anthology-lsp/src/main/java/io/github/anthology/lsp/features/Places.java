package io.github.anthology.lsp.features;

import io.github.anthology.lsp.analysis.Diagnostics;
import io.github.anthology.model.Anthology;
import io.github.anthology.model.Attic;
import io.github.anthology.model.Paper;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.Topic;
import io.github.anthology.model.source.Scalar;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** The scalars of a registry that name topics, papers and recommendations, found by file and offset. */
public final class Places {
  private static final Pattern RECOMMENDATION_ID = Pattern.compile(Recommendation.ID_PATTERN);

  private Places() {}

  /**
   * @param anthology the registry
   * @param file a file of it
   * @param offset a character offset into the file's text
   * @return the naming scalar whose text covers the offset (its end included, where a cursor stands after typing)
   */
  public static Optional<Place> at(Anthology anthology, Path file, int offset) {
    List<Place> found = new ArrayList<>();
    every(anthology, place -> {
      var span = place.scalar().span();
      if (span.startOffset() >= 0 && span.startOffset() <= offset && offset <= span.endOffset()
          && Diagnostics.pathOf(span.file()).equals(file)) {
        found.add(place);
      }
    });
    return found.stream().findFirst();
  }

  /**
   * Hands every naming scalar of the registry to a consumer.
   *
   * @param anthology the registry
   * @param sink what receives them
   */
  public static void every(Anthology anthology, Consumer<Place> sink) {
    anthology.taxonomy().ifPresent(taxonomy -> taxonomy.topics().forEach(t -> topic(t, sink)));
    for (Paper paper : anthology.papers()) {
      paper.topics().forEach(s -> sink.accept(new Place(s, Place.Role.TOPIC)));
      paper.arxivId().ifPresent(s -> sink.accept(new Place(s, Place.Role.PAPER)));
      paper.attic().ifPresent(attic -> attic(attic, sink));
    }
    for (Recommendation r : anthology.recommendations()) {
      r.id().ifPresent(s -> sink.accept(new Place(s, Place.Role.RECOMMENDATION)));
      r.primaryTopics().forEach(s -> sink.accept(new Place(s, Place.Role.TOPIC)));
      r.secondaryTopics().forEach(s -> sink.accept(new Place(s, Place.Role.TOPIC)));
      r.evidence().forEach(s -> sink.accept(reference(s)));
      r.supersededBy().forEach(s -> sink.accept(reference(s)));
    }
  }

  private static void topic(Topic t, Consumer<Place> sink) {
    sink.accept(new Place(t.name(), Place.Role.TOPIC));
    t.parent().ifPresent(s -> sink.accept(new Place(s, Place.Role.TOPIC)));
    t.related().forEach(s -> sink.accept(new Place(s, Place.Role.TOPIC)));
    t.previously().forEach(s -> sink.accept(new Place(s, Place.Role.TOPIC)));
    t.deprecation().flatMap(d -> d.replacedBy()).ifPresent(s -> sink.accept(new Place(s, Place.Role.TOPIC)));
    t.keyReferences().forEach(s -> sink.accept(new Place(s, Place.Role.PAPER)));
  }

  private static void attic(Attic attic, Consumer<Place> sink) {
    attic.supersededBy().forEach(s -> sink.accept(reference(s)));
    attic.seeAlso().forEach(s -> sink.accept(reference(s)));
  }

  private static Place reference(Scalar s) {
    return new Place(s, RECOMMENDATION_ID.matcher(s.text().trim()).matches() ? Place.Role.RECOMMENDATION : Place.Role.PAPER);
  }
}
