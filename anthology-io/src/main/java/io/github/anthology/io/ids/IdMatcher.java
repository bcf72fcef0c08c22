package io.github.anthology.io.ids;

import io.github.anthology.io.ReadException;
import io.github.anthology.model.Anthology;
import io.github.anthology.model.Paper;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.model.source.SourceSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which published id each recommendation without an id adopts. Among the published ids of
 * its source paper: first one with the same text (preferring the same status, since the reference
 * system published experimental and deprecated practices twice), then, for what is left, the most
 * similar text at or above the threshold, each such match remarked. From the reference's side-car,
 * which has no texts, by position in the paper. An id already written is never changed and is never
 * given to a second practice: a practice whose exact published id another practice holds is an error.
 */
public final class IdMatcher {
  private final Anthology anthology;
  private final Published published;
  private final List<PublishedId> pub;
  private final TextSimilarity similarity;
  private final boolean[] claimed;
  private final Map<String, Recommendation> written = new HashMap<>();
  private final Map<SourceSpan, Integer> adopted = new LinkedHashMap<>();
  private final List<Remark> remarks = new ArrayList<>();
  private final List<Remark> conflicts = new ArrayList<>();
  /** Adopted by text, by similarity, by position; and published ids already written here. */
  private final int[] counts = new int[4];

  private IdMatcher(Anthology anthology, Published published, double threshold) {
    this.anthology = anthology;
    this.published = published;
    this.pub = published.ids();
    this.similarity = new TextSimilarity(threshold);
    this.claimed = new boolean[pub.size()];
  }

  /** The adoption, or an error naming every id two practices would claim (then nothing is adopted). */
  public static Adoption adopt(Anthology anthology, Published published, double threshold) throws ReadException {
    return new IdMatcher(anthology, published, threshold).run();
  }

  private Adoption run() throws ReadException {
    for (Recommendation rec : anthology.recommendations()) {
      rec.id().map(Scalar::text).ifPresent(id -> written.putIfAbsent(id, rec));
    }
    checkPublished();
    Sources sources = new Sources(pub);
    List<PaperCandidates> candidates = new ArrayList<>();
    for (Paper paper : anthology.papers()) {
      List<Integer> cands = sources.of(paper);
      candidates.add(new PaperCandidates(paper, cands));
      List<Recommendation> recs = paper.recommendations();
      for (int k = 0; k < recs.size(); k++) {
        if (open(recs.get(k))) {
          if (published.textless()) {
            byPosition(recs.get(k), k + 1, cands);
          } else {
            byText(recs.get(k), cands);
          }
        }
      }
    }
    if (!published.textless()) {
      candidates.forEach(c -> bySimilarity(c.paper(), c.published()));
    }
    if (!conflicts.isEmpty()) {
      Remark first = conflicts.get(0);
      StringBuilder more = new StringBuilder(first.message());
      conflicts.stream().skip(1).forEach(c -> more.append(System.lineSeparator()).append(c));
      throw new ReadException(first.span(), more.toString());
    }
    Map<SourceSpan, String> ids = new LinkedHashMap<>();
    adopted.forEach((span, i) -> ids.put(span, pub.get(i).id()));
    Map<SourceSpan, String> prefixes = PaperPrefixes.inherited(candidates, pub, ids);
    remarks.addAll(new Unclaimed(anthology, published, claimed, adopted.values()).remarks(counts));
    return new Adoption(ids, prefixes, pub, remarks);
  }

  /** One id given to two different practices is an error; a malformed id is skipped and remarked. */
  private void checkPublished() {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < pub.size(); i++) {
      PublishedId p = pub.get(i);
      if (MlrId.parse(p.id()).isEmpty()) {
        claimed[i] = true;
        remarks.add(new Remark(p.span(), "published id " + p.id()
            + " is not of the form MLR-<year>-<Author><NNN>-<NNNN>; it is not adopted", true));
        continue;
      }
      Integer j = first.putIfAbsent(p.id(), i);
      if (j != null) {
        claimed[i] = true;
        PublishedId q = pub.get(j);
        if (!q.text().equals(p.text()) || !q.source().equals(p.source())) {
          conflicts.add(new Remark(p.span(), "the published registry gives " + p.id() + " to two practices, "
              + p.quoted() + " here and " + q.quoted() + " at " + q.span().location()
              + "; correct the published file first", true));
        }
      }
      if (!claimed[i] && written.containsKey(p.id())) {
        claimed[i] = true;
        counts[3]++;
      }
    }
  }

  private boolean open(Recommendation rec) {
    return rec.id().isEmpty() && !rec.text().isBlank() && !adopted.containsKey(rec.textSpan());
  }

  private void byText(Recommendation rec, List<Integer> cands) {
    int best = -1;
    for (int i : cands) {
      if (claimed[i] || !pub.get(i).text().equals(Optional.of(rec.text()))) {
        continue;
      }
      if (pub.get(i).status().equals(Optional.of(rec.status()))) {
        best = i;
        break;
      }
      best = best < 0 ? i : best;
    }
    if (best >= 0) {
      take(rec, best, 0);
      return;
    }
    for (int i : cands) {
      Recommendation holder = written.get(pub.get(i).id());
      if (holder != null && pub.get(i).text().equals(Optional.of(rec.text())) && !holder.text().equals(rec.text())) {
        conflicts.add(new Remark(rec.textSpan(), "this practice is published as " + pub.get(i).id()
            + ", which is already the id of \"" + holder.text() + "\" at " + holder.textSpan().location()
            + "; decide which practice " + pub.get(i).id() + " is and remove it from the other", true));
        return;
      }
    }
  }

  private void byPosition(Recommendation rec, int position, List<Integer> cands) {
    for (int i : cands) {
      if (!claimed[i] && MlrId.parse(pub.get(i).id()).map(MlrId::number).orElse(0) == position) {
        take(rec, i, 2);
        return;
      }
    }
  }

  /** Pairs of what is left in one paper, most similar first, each practice and id used once. */
  private void bySimilarity(Paper paper, List<Integer> cands) {
    record Pair(Recommendation rec, int order, int published, double similarity) {}
    List<Pair> pairs = new ArrayList<>();
    List<Recommendation> recs = paper.recommendations();
    for (int k = 0; k < recs.size(); k++) {
      for (int i : cands) {
        if (open(recs.get(k)) && !claimed[i] && pub.get(i).text().isPresent()) {
          double s = similarity.of(recs.get(k).text(), pub.get(i).text().get());
          if (s >= 0) {
            pairs.add(new Pair(recs.get(k), k, i, s));
          }
        }
      }
    }
    pairs.sort(Comparator.comparingDouble(Pair::similarity).reversed().thenComparingInt(Pair::order)
        .thenComparingInt(Pair::published));
    for (Pair p : pairs) {
      if (open(p.rec()) && !claimed[p.published()]) {
        take(p.rec(), p.published(), 1);
        remarks.add(new Remark(p.rec().textSpan(), String.format(java.util.Locale.ROOT,
            "adopted %s by similarity %.2f: published as %s; check that it is the same practice",
            pub.get(p.published()).id(), p.similarity(), pub.get(p.published()).quoted()), false));
      }
    }
  }

  private void take(Recommendation rec, int published, int how) {
    claimed[published] = true;
    adopted.put(rec.textSpan(), published);
    counts[how]++;
  }
}
