package io.github.anthology.io.ids;

import java.util.HashMap;
import java.util.Map;

/**
 * The highest numbers in use, so that a new id continues after them and never reuses one: per paper
 * ({@code <NNNN>} of {@code 2021-Li003}), and per author, both per year and across years ({@code <NNN>}).
 * Fed with every id of the registry and of a published registry being adopted; hash lookups only.
 */
public final class IdCounters {
  private final Numbering numbering;
  private final Map<String, Integer> highestNumber = new HashMap<>();
  private final Map<String, Integer> highestPaper = new HashMap<>();

  public IdCounters(Numbering numbering) {
    this.numbering = numbering;
  }

  /** Counts an id in use; an id not of the pattern counts for nothing. */
  public void use(String id) {
    MlrId.parse(id).ifPresent(this::use);
  }

  public void use(MlrId id) {
    highestNumber.merge(id.prefix(), id.number(), Math::max);
    usePaper(id.year(), id.author(), id.paper());
  }

  /** Counts a paper number in use, also when none of its ids is known (the reference's side-car has such). */
  public void usePaper(int year, String author, int paper) {
    highestPaper.merge(year + "-" + author, paper, Math::max);
    highestPaper.merge(author, paper, Math::max);
  }

  /** The next id of the paper {@code prefix} names ({@code 2021-Li003}), counted as in use. */
  public String next(String prefix) {
    return MlrId.of(prefix, highestNumber.merge(prefix, 1, Integer::sum));
  }

  /** The prefix of a paper that has no ids yet, after every number in use, counted as in use. */
  public String newPaper(int year, String author) {
    String key = numbering == Numbering.PER_AUTHOR ? author : year + "-" + author;
    int paper = highestPaper.getOrDefault(key, 0) + 1;
    usePaper(year, author, paper);
    return MlrId.prefix(year, author, paper);
  }
}
