package io.github.anthology.io.ids;

import io.github.anthology.model.Paper;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.model.source.SourceSpan;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The paper prefix ({@code 2021-Li003}) a paper of the registry keeps for its new ids when it has no
 * id yet but the published registry numbered it: every published id of its source has that one
 * prefix, and no other paper here has ids under it. Its new recommendations then continue that
 * paper's numbering, as the reference system would have.
 */
final class PaperPrefixes {
  private PaperPrefixes() {}

  static Map<SourceSpan, String> inherited(List<PaperCandidates> papers, List<PublishedId> published,
      Map<SourceSpan, String> adopted) {
    Map<String, SourceSpan> owner = new HashMap<>();
    for (PaperCandidates c : papers) {
      for (Recommendation rec : c.paper().recommendations()) {
        idOf(rec, adopted).flatMap(MlrId::parse).ifPresent(id -> owner.putIfAbsent(id.prefix(), c.paper().span()));
      }
    }
    Map<SourceSpan, String> inherited = new LinkedHashMap<>();
    for (PaperCandidates c : papers) {
      Paper paper = c.paper();
      if (paper.recommendations().stream().anyMatch(r -> idOf(r, adopted).isPresent())) {
        continue;
      }
      Set<String> prefixes = new TreeSet<>();
      c.published().forEach(i -> MlrId.parse(published.get(i).id()).ifPresent(id -> prefixes.add(id.prefix())));
      if (prefixes.size() == 1 && !owner.containsKey(prefixes.iterator().next())) {
        owner.put(prefixes.iterator().next(), paper.span());
        inherited.put(paper.span(), prefixes.iterator().next());
      }
    }
    return inherited;
  }

  private static Optional<String> idOf(Recommendation rec, Map<SourceSpan, String> adopted) {
    return rec.id().map(Scalar::text).or(() -> Optional.ofNullable(adopted.get(rec.textSpan())));
  }
}
