package io.github.anthology.io.registry;

import io.github.anthology.model.Extra;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.source.Scalar;
import java.util.List;
import java.util.stream.Collectors;

/** What a recommendation says, without where it was read from: the value round trips compare. */
record Content(List<Object> fields) {
  static Content of(Recommendation r) {
    return new Content(List.of(
        r.id().map(Scalar::text), r.text(), texts(r.primaryTopics()), texts(r.secondaryTopics()),
        r.status(), r.declaredStatus().map(Scalar::text), r.source(), texts(r.evidence()),
        r.implementations(), texts(r.supersededBy()), r.deprecatedDate(), r.deprecationReason(),
        r.extras().stream().collect(Collectors.toMap(Extra::key, Extra::value, (a, b) -> a, java.util.TreeMap::new))));
  }

  static List<Content> of(List<Recommendation> recs) {
    return recs.stream().map(Content::of).toList();
  }

  private static List<String> texts(List<Scalar> scalars) {
    return scalars.stream().map(Scalar::text).toList();
  }

}
