package io.github.anthology.io.ids;

import io.github.anthology.model.Anthology;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.model.source.SourceSpan;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The published ids no practice took, each listed where the published file gives it, so that none is
 * dropped silently: links to it will not resolve. Says when the id repeats a practice that did take
 * one (the reference system published experimental and deprecated practices twice), and where the
 * same text stands in the registry now. Then one line of totals.
 */
final class Unclaimed {
  private final Anthology anthology;
  private final Published published;
  private final boolean[] claimed;
  private final int adopted;

  Unclaimed(Anthology anthology, Published published, boolean[] claimed, Collection<Integer> adopted) {
    this.anthology = anthology;
    this.published = published;
    this.claimed = claimed.clone();
    this.adopted = adopted.size();
  }

  /** The remarks; {@code counts}: adopted by text, by similarity, by position, and ids already written here. */
  List<Remark> remarks(int[] counts) {
    List<PublishedId> pub = published.ids();
    Map<List<Object>, String> taken = new HashMap<>();
    for (int i = 0; i < pub.size(); i++) {
      if (claimed[i]) {
        taken.putIfAbsent(List.of(pub.get(i).source(), pub.get(i).text()), pub.get(i).id());
      }
    }
    Map<String, Recommendation> here = new HashMap<>();
    anthology.recommendations().forEach(r -> here.putIfAbsent(r.text(), r));
    List<Remark> remarks = new ArrayList<>();
    for (int i = 0; i < pub.size(); i++) {
      if (!claimed[i]) {
        remarks.add(new Remark(pub.get(i).span(), message(pub.get(i), taken, here), true));
      }
    }
    String totals = String.format("adopted %d of %d published ids (%d by source and text, %d by similarity, %d by"
        + " position); %d already written here; %d without a practice here", adopted, pub.size(), counts[0], counts[1],
        counts[2], counts[3], remarks.size());
    if (counts[2] > 0) {
      totals += "; this file records no texts, so ids were matched by their position in each paper, as the"
          + " reference system numbered them: check the diff";
    }
    remarks.add(new Remark(SourceSpan.ofFile(published.file()), totals, false));
    return remarks;
  }

  private static String message(PublishedId p, Map<List<Object>, String> taken, Map<String, Recommendation> here) {
    String unresolved = "; links to it will not resolve";
    if (p.text().isEmpty()) {
      return p.id() + " was issued by the reference system, but its paper has no recommendation at that position"
          + " here" + unresolved;
    }
    String twin = taken.get(List.of(p.source(), p.text()));
    if (twin != null) {
      return "published " + p.id() + " repeats " + twin + " (one practice of one paper, published twice)" + unresolved;
    }
    Recommendation same = here.get(p.text().get());
    String where = same == null ? "" : " (the same text stands at " + same.textSpan().location()
        + same.id().map(Scalar::text).map(id -> ", with id " + id).orElse("") + ")";
    return "published " + p.id() + " " + p.quoted() + " has no practice here" + where + unresolved;
  }
}
