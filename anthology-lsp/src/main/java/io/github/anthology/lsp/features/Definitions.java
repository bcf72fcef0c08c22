package io.github.anthology.lsp.features;

import io.github.anthology.lsp.text.Document;
import io.github.anthology.lsp.text.LineMap;
import io.github.anthology.model.Anthology;
import io.github.anthology.model.Paper;
import io.github.anthology.model.Topic;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.model.source.SourceSpan;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;

/**
 * Go-to-definition: a topic's use to its declaration in the taxonomy (a retired name to the topic
 * that lists it under {@code previously}), an arXiv id ({@code superseded_by}, {@code see_also},
 * evidence, key references) to its paper, a recommendation id to its recommendation.
 */
public final class Definitions {
  private Definitions() {}

  /**
   * @param doc the document
   * @param position where the cursor is
   * @param view its registry as read from its current text
   * @param uris the name of a file in replies
   * @return where the name under the cursor is declared; empty when nothing there has a declaration
   */
  public static List<Location> at(Document doc, Position position, View view, Function<Path, String> uris) {
    Anthology anthology = view.anthology();
    int offset = new LineMap(doc.text()).offset(position);
    return Places.at(anthology, doc.path(), offset).flatMap(place -> switch (place.role()) {
      case TOPIC -> topic(anthology, place.text()).map(Topic::name).map(Scalar::span);
      case PAPER -> Papers.byArxivId(anthology, place.text()).map(Definitions::paperSpan);
      case RECOMMENDATION -> anthology.recommendations().stream().filter(r -> r.idText().filter(place.text()::equals)
          .isPresent()).findFirst().flatMap(r -> r.id()).map(Scalar::span);
    }).filter(SourceSpan::hasPosition).map(span -> new Location(uris.apply(view.path(span)), view.range(span)))
        .stream().toList();
  }

  private static Optional<Topic> topic(Anthology anthology, String name) {
    return TopicFacts.declared(anthology, name).or(() -> TopicFacts.consolidating(anthology, name));
  }

  private static SourceSpan paperSpan(Paper paper) {
    return paper.arxivId().map(Scalar::span).orElse(paper.span());
  }
}
