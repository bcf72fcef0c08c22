package io.github.anthology.io.ids;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a recommendation id {@code MLR-<year>-<Author><NNN>-<NNNN>}: {@code MLR-2021-Li003-0002}
 * is the second recommendation of the third paper numbered for author {@code Li}, published in 2021.
 */
public record MlrId(int year, String author, int paper, int number) {
  private static final Pattern ID = Pattern.compile("MLR-(\\d{4})-([A-Za-z]*)(\\d{3})-(\\d{4})");

  /** The parts of a well-formed id, or empty. */
  public static Optional<MlrId> parse(String id) {
    Matcher m = ID.matcher(id);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new MlrId(Integer.parseInt(m.group(1)), m.group(2), Integer.parseInt(m.group(3)),
        Integer.parseInt(m.group(4))));
  }

  /** The id of recommendation {@code number} of the paper that {@code prefix} names. */
  public static String of(String prefix, int number) {
    return String.format("MLR-%s-%04d", prefix, number);
  }

  /** {@code <year>-<Author><NNN>}: what names one paper in its ids, e.g. {@code 2021-Li003}. */
  public String prefix() {
    return prefix(year, author, paper);
  }

  static String prefix(int year, String author, int paper) {
    return year + "-" + author + String.format("%03d", paper);
  }

  @Override
  public String toString() {
    return of(prefix(), number);
  }
}
