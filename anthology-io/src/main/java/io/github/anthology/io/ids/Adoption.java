package io.github.anthology.io.ids;

import io.github.anthology.model.Paper;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.source.SourceSpan;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The published ids a registry takes: the id each recommendation without one adopts (by the span of
 * its text), the paper prefix ({@code 2021-Li003}) a paper inherits for its new ids when the
 * published registry numbered it, every published id (so no new id reuses one), and the remarks.
 */
public record Adoption(Map<SourceSpan, String> ids, Map<SourceSpan, String> paperPrefixes,
    List<PublishedId> published, List<Remark> remarks) {
  public Adoption {
    ids = Map.copyOf(ids);
    paperPrefixes = Map.copyOf(paperPrefixes);
    published = List.copyOf(published);
    remarks = List.copyOf(remarks);
  }

  /** Nothing adopted: what assigning ids without a published registry uses. */
  public static Adoption none() {
    return new Adoption(Map.of(), Map.of(), List.of(), List.of());
  }

  public Optional<String> idOf(Recommendation rec) {
    return Optional.ofNullable(ids.get(rec.textSpan()));
  }

  public Optional<String> prefixOf(Paper paper) {
    return Optional.ofNullable(paperPrefixes.get(paper.span()));
  }
}
