package io.github.anthology.io.ids;

import io.github.anthology.model.Paper;
import io.github.anthology.model.PaperRef;
import io.github.anthology.model.Years;
import io.github.anthology.model.source.Scalar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Finds the published ids of one paper of the registry: those whose source has the paper's arXiv
 * id, or, when either side has none, the same first author (its letters, as the reference keys
 * authors) and a year the paper is listed under or gives. arXiv ids are compared without an
 * {@code arXiv:} prefix, a version suffix, or trailing zeros after the dot: the reference system
 * read unquoted ids as numbers, so {@code 2103.03400} was published as {@code 2103.034}.
 */
final class Sources {
  private final Map<String, List<Integer>> byArxiv = new HashMap<>();
  private final Map<String, List<Integer>> byAuthorYear = new HashMap<>();
  private final Map<String, List<Integer>> withoutArxiv = new HashMap<>();

  /** Indexes published ids by their position in {@code published}. */
  Sources(List<PublishedId> published) {
    for (int i = 0; i < published.size(); i++) {
      PaperRef source = published.get(i).source();
      Optional<String> arxiv = source.arxivId().map(Sources::arxiv);
      if (arxiv.isPresent()) {
        byArxiv.computeIfAbsent(arxiv.get(), k -> new ArrayList<>()).add(i);
      }
      if (source.firstAuthor().isPresent() && source.year().isPresent()) {
        String key = key(source.firstAuthor().get(), source.year().getAsInt());
        byAuthorYear.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        if (arxiv.isEmpty()) {
          withoutArxiv.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
      }
    }
  }

  /** The positions of the published ids whose source is this paper, in published order. */
  List<Integer> of(Paper paper) {
    TreeSet<Integer> found = new TreeSet<>();
    Optional<String> arxiv = paper.arxivId().map(Scalar::text).map(Sources::arxiv);
    String author = paper.firstAuthor().map(Scalar::text).orElse("");
    for (Integer year : years(paper)) {
      Map<String, List<Integer>> byAuthor = arxiv.isPresent() ? withoutArxiv : byAuthorYear;
      found.addAll(byAuthor.getOrDefault(key(author, year), List.of()));
    }
    arxiv.ifPresent(a -> found.addAll(byArxiv.getOrDefault(a, List.of())));
    return new ArrayList<>(found);
  }

  private static List<Integer> years(Paper paper) {
    List<Integer> years = new ArrayList<>(2);
    paper.yearKey().flatMap(k -> Years.parse(k.text())).ifPresent(years::add);
    Integer value = paper.yearValue();
    if (value != null && !years.contains(value)) {
      years.add(value);
    }
    return years;
  }

  private static String key(String author, int year) {
    return author.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT) + "|" + year;
  }

  /** An arXiv id as compared: no prefix, no version, no trailing zeros after the dot of a new-style id. */
  static String arxiv(String id) {
    String a = id.strip().toLowerCase(Locale.ROOT);
    if (a.startsWith("arxiv:")) {
      a = a.substring("arxiv:".length());
    }
    a = a.replaceFirst("v\\d+$", "");
    return a.matches("\\d{4}\\.\\d+") ? a.replaceFirst("0+$", "") : a;
  }
}
