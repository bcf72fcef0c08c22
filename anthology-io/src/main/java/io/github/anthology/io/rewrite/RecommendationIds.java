package io.github.anthology.io.rewrite;

import io.github.anthology.io.LoadedRegistry;
import io.github.anthology.io.ReadException;
import io.github.anthology.io.RegistryLoader;
import io.github.anthology.io.ids.Adoption;
import io.github.anthology.io.ids.IdCounters;
import io.github.anthology.io.ids.IdMatcher;
import io.github.anthology.io.ids.MlrId;
import io.github.anthology.io.ids.Numbering;
import io.github.anthology.io.ids.PublishedId;
import io.github.anthology.io.ids.PublishedReader;
import io.github.anthology.io.ids.Remark;
import io.github.anthology.model.Paper;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.Years;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.model.source.SourceSpan;
import io.github.anthology.model.source.TextEdit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Assigns an id {@code MLR-<year>-<Author><NNN>-<NNNN>} to every recommendation that has none, in
 * document order, and never changes or reuses an id already written. With a published registry, a
 * recommendation first adopts the id it publishes for that practice ({@link IdMatcher}). A paper
 * that has ids keeps its {@code <Author><NNN>} and its new recommendations continue after the highest
 * {@code NNNN} in use, published ones included; a paper the published registry numbered keeps that
 * number; any other takes the next {@code NNN} after those in use, counted per author and year or per
 * author ({@link Numbering}). One pass over the registry and hash lookups: linear in its size.
 */
public final class RecommendationIds {
  private final IdCounters counters;
  private final Adoption adoption;

  private RecommendationIds(Numbering numbering, Adoption adoption) {
    this.counters = new IdCounters(numbering);
    this.adoption = adoption;
  }

  public static Rewrite assign(LoadedRegistry registry) throws ReadException {
    return assign(registry, IdOptions.defaults());
  }

  /** Reads the published registry to adopt from, if any, then assigns. */
  public static Rewrite assign(LoadedRegistry registry, IdOptions options) throws ReadException {
    Adoption adoption = Adoption.none();
    if (options.adopt().isPresent()) {
      adoption = IdMatcher.adopt(registry.anthology(), PublishedReader.read(options.adopt().get()), options.similarity());
    }
    return assign(registry, options.numbering(), adoption);
  }

  public static Rewrite assign(LoadedRegistry registry, Numbering numbering, Adoption adoption) throws ReadException {
    return new RecommendationIds(numbering, adoption).run(registry);
  }

  private Rewrite run(LoadedRegistry registry) throws ReadException {
    registry.anthology().recommendations().forEach(r -> r.id().map(Scalar::text).ifPresent(counters::use));
    adoption.published().stream().map(PublishedId::id).forEach(counters::use);
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
    exportsWithoutIds(registry, problems);
    for (Paper paper : registry.anthology().papers()) {
      boolean numbersNew = paper.recommendations().stream()
          .anyMatch(r -> r.id().isEmpty() && !r.text().isBlank() && adoption.idOf(r).isEmpty());
      Optional<String> prefix = numbersNew ? prefixOf(paper, problems) : Optional.empty();
      for (Recommendation rec : paper.recommendations()) {
        if (rec.id().isPresent()) {
          continue;
        }
        if (shared.contains(rec.span())) {
          problems.add(new Problem(rec.span(), "this recommendation is in a list that several papers share through an"
              + " alias (*name); write the list out for each paper to give its recommendations their own ids"));
          continue;
        }
        if (rec.text().isBlank()) {
          problems.add(new Problem(rec.span(), "recommendation has no text; give it one before it gets an id"));
          continue;
        }
        Optional<String> id = adoption.idOf(rec).or(() -> prefix.map(counters::next));
        if (id.isPresent()) {
          edits.addAll(IdInsertion.edits(layouts.of(paper.span().file()), rec, id.get()));
          assigned++;
        }
      }
    }
    List<Problem> notes = new ArrayList<>();
    for (Remark r : adoption.remarks()) {
      (r.attention() ? problems : notes).add(new Problem(r.span(), r.message()));
    }
    Rewrite rewrite = new Rewrite(layouts.apply(edits), problems, notes);
    checkTextsKept(registry, rewrite, assigned);
    return rewrite;
  }

  /** One problem per exported registry (read without its papers) that has recommendations without ids. */
  private static void exportsWithoutIds(LoadedRegistry registry, List<Problem> problems) {
    Set<String> papers = new HashSet<>();
    registry.anthology().papers().forEach(p -> papers.add(p.span().file()));
    Set<String> exports = new java.util.TreeSet<>();
    registry.anthology().recommendations().stream().filter(r -> r.id().isEmpty())
        .map(r -> r.span().file()).filter(f -> !papers.contains(f)).forEach(exports::add);
    for (String file : exports) {
      problems.add(new Problem(SourceSpan.ofFile(file), "ids are not written into an exported registry; assign them"
          + " in the research.yaml it was exported from, then export it again"));
    }
  }

  /**
   * The paper's {@code <year>-<Author><NNN>}: the one its ids (written or adopted) use, else the one
   * the published registry numbered it with, else a new one; empty, with a problem, without a year.
   */
  private Optional<String> prefixOf(Paper paper, List<Problem> problems) {
    for (Recommendation rec : paper.recommendations()) {
      Optional<MlrId> id = rec.id().map(Scalar::text).or(() -> adoption.idOf(rec)).flatMap(MlrId::parse);
      if (id.isPresent()) {
        return Optional.of(id.get().prefix());
      }
    }
    Optional<String> inherited = adoption.prefixOf(paper);
    if (inherited.isPresent()) {
      return inherited;
    }
    Integer year = paper.yearValue() != null ? paper.yearValue()
        : paper.yearKey().flatMap(k -> Years.parse(k.text())).orElse(null);
    if (year == null) {
      problems.add(new Problem(paper.span(), "paper has no year; give it one so its recommendations can get ids"));
      return Optional.empty();
    }
    String author = paper.firstAuthor().map(a -> AuthorKey.of(a.text())).orElse("");
    return Optional.of(counters.newPaper(year, author));
  }

  /**
   * Re-reads the result: every text as it was, and one more id per id assigned. Only files whose
   * text is held are re-read; a JSONL export, streamed and never edited, is left out of both sides.
   */
  private static void checkTextsKept(LoadedRegistry registry, Rewrite rewrite, int assigned) throws ReadException {
    LoadedRegistry after = RegistryLoader.read(rewrite.changes().applyTo(registry.texts()));
    List<Recommendation> before = registry.anthology().recommendations().stream()
        .filter(r -> registry.texts().containsKey(r.span().file())).toList();
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
