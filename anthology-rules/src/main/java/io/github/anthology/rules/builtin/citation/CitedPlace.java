package io.github.anthology.rules.builtin.citation;

import io.github.anthology.model.Anthology;
import io.github.anthology.model.Citations;
import io.github.anthology.model.PaperMetadata;
import io.github.anthology.model.source.Scalar;
import java.util.ArrayList;
import java.util.List;

/** A place an arXiv id is cited (a paper's id, an attic reference, evidence, a key reference) and what the lock file records of it. */
record CitedPlace(Scalar place, PaperMetadata metadata) {

  /** Every cited place the lock file has an entry for, in reading order. */
  static List<CitedPlace> recorded(Anthology anthology) {
    List<CitedPlace> out = new ArrayList<>();
    if (anthology.paperMetadata().isEmpty()) {
      return out;
    }
    for (Scalar place : Citations.places(anthology)) {
      anthology.metadataOf(place.text()).ifPresent(m -> out.add(new CitedPlace(place, m)));
    }
    return out;
  }

  String id() {
    return place.text().trim();
  }
}
