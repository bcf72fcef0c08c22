package io.github.anthology.io.rewrite;

import io.github.anthology.io.LoadedRegistry;
import io.github.anthology.io.ReadException;
import io.github.anthology.io.RegistryLoader;
import io.github.anthology.model.Paper;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.Years;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.model.source.SourceSpan;
import io.github.anthology.model.source.TextEdit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Assigns an id {@code MLR-<year>-<Author><NNN>-<NNNN>} to every recommendation that has none, in
 * document order, and never changes or reuses an id already written. A paper that already has ids
 * keeps its {@code <Author><NNN>} and its new recommendations continue after its highest
 * {@code NNNN}; a paper without ids takes the lowest {@code NNN} that no other paper of that author
 * and year uses. One pass over the registry and hash lookups: linear in its size.
 */
public final class RecommendationIds {
  private static final Pattern ID = Pattern.compile("MLR-(\\d{4})-([A-Za-z]*)(\\d{3})-(\\d{4})");

  private final Set<String> usedPrefixes = new HashSet<>();
  private final Map<String, Integer> highestNumber = new HashMap<>();
  private final Map<String, Integer> nextPaper = new HashMap<>();

  private RecommendationIds() {}

  public static Rewrite assign(LoadedRegistry registry) throws ReadException {
    return new RecommendationIds().run(registry);
  }

  private Rewrite run(LoadedRegistry registry) throws ReadException {
    for (Recommendation rec : registry.anthology().recommendations()) {
      rec.id().map(Scalar::text).map(ID::matcher).filter(Matcher::matches).ifPresent(m -> {
        String prefix = m.group(1) + "-" + m.group(2) + m.group(3);
        usedPrefixes.add(prefix);
        highestNumber.merge(prefix, Integer.parseInt(m.group(4)), Math::max);
      });
    }
    Layouts layouts = new Layouts(registry);
    List<TextEdit> edits = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    int assigned = 0;
    Set<SourceSpan> seen = new HashSet<>();
    Set<SourceSpan> shared = new HashSet<>();
    registry.anthology().recommendations().forEach(r -> {
      if (!seen.add(r.span())) {
        shared.add(r.span());
      }
    });
    for (Paper paper : registry.anthology().papers()) {
      List<Recommendation> missing = paper.recommendations().stream().filter(r -> r.id().isEmpty()).toList();
      if (missing.isEmpty()) {
        continue;
      }
      Optional<String> prefix = prefixOf(paper, problems);
      if (prefix.isEmpty()) {
        continue;
      }
      YamlLayout layout = layouts.of(paper.span().file());
      for (Recommendation rec : missing) {
        if (shared.contains(rec.span())) {
          problems.add(new Problem(rec.span(), "this recommendation is in a list that several papers share through an"
              + " alias (*name); write the list out for each paper to give its recommendations their own ids"));
          continue;
        }
        if (rec.text().isBlank()) {
          problems.add(new Problem(rec.span(), "recommendation has no text; give it one before it gets an id"));
          continue;
        }
        int number = highestNumber.merge(prefix.get(), 1, Integer::sum);
        edits.addAll(IdInsertion.edits(layout, rec, String.format("MLR-%s-%04d", prefix.get(), number)));
        assigned++;
      }
    }
    Rewrite rewrite = new Rewrite(layouts.apply(edits), problems);
    checkTextsKept(registry, rewrite, assigned);
    return rewrite;
  }

  /** The paper's {@code <year>-<Author><NNN>}: the one its ids already use, else a new one. */
  private Optional<String> prefixOf(Paper paper, List<Problem> problems) {
    for (Recommendation rec : paper.recommendations()) {
      Optional<Matcher> m = rec.id().map(Scalar::text).map(ID::matcher).filter(Matcher::matches);
      if (m.isPresent()) {
        return Optional.of(m.get().group(1) + "-" + m.get().group(2) + m.get().group(3));
      }
    }
    Integer year = paper.yearValue() != null ? paper.yearValue()
        : paper.yearKey().flatMap(k -> Years.parse(k.text())).orElse(null);
    if (year == null) {
      problems.add(new Problem(paper.span(), "paper has no year; give it one so its recommendations can get ids"));
      return Optional.empty();
    }
    String author = paper.firstAuthor().map(a -> AuthorKey.of(a.text())).orElse("");
    String key = year + "-" + author;
    int n = nextPaper.getOrDefault(key, 1);
    while (usedPrefixes.contains(key + String.format("%03d", n))) {
      n++;
    }
    nextPaper.put(key, n + 1);
    String prefix = key + String.format("%03d", n);
    usedPrefixes.add(prefix);
    return Optional.of(prefix);
  }

  /** Re-reads the result: every text as it was, and one more id per id assigned. */
  private static void checkTextsKept(LoadedRegistry registry, Rewrite rewrite, int assigned) throws ReadException {
    LoadedRegistry after = RegistryLoader.read(rewrite.changes().applyTo(registry.texts()));
    List<Recommendation> before = registry.anthology().recommendations();
    List<Recommendation> now = after.anthology().recommendations();
    long idsBefore = before.stream().filter(r -> r.id().isPresent()).count();
    long idsNow = now.stream().filter(r -> r.id().isPresent()).count();
    for (int i = 0; i < Math.min(before.size(), now.size()); i++) {
      if (!before.get(i).text().equals(now.get(i).text())) {
        throw new ReadException(before.get(i).textSpan(),
            "cannot add an id here without changing how the text reads; give this recommendation an id by hand");
      }
    }
    if (before.size() != now.size() || idsNow != idsBefore + assigned) {
      throw new IllegalStateException("assigning ids changed the number of recommendations or ids");
    }
  }
}
