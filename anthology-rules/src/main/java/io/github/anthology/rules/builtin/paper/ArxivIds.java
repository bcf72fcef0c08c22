package io.github.anthology.rules.builtin.paper;

import io.github.anthology.model.Paper;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What an arXiv identifier says: new-style {@code YYMM.NNNNN} ids carry their month of posting. */
final class ArxivIds {
  private static final Pattern SHAPE = Pattern.compile(Paper.ARXIV_PATTERN);
  private static final Pattern NEW_STYLE = Pattern.compile("(\\d{2})(\\d{2})\\.(\\d{4,5})(v\\d+)?");

  private ArxivIds() {}

  /** A year and month of posting, from a new-style id. */
  record Posted(int year, int month) {}

  static boolean hasShape(String id) {
    return SHAPE.matcher(id).matches();
  }

  /** The posting month of a well-formed new-style id; old-style ids carry no month we check. */
  static Optional<Posted> posted(String id) {
    Matcher m = NEW_STYLE.matcher(id);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new Posted(2000 + Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
  }

  /**
   * What is wrong with a new-style id beyond its shape: a month outside 01-12, a sequence number
   * of the wrong width (four digits until December 2014, five since January 2015), or a date
   * before arXiv's new-style ids began (April 2007).
   */
  static Optional<String> problem(String id) {
    Matcher m = NEW_STYLE.matcher(id);
    if (!m.matches()) {
      return Optional.empty();
    }
    int yymm = Integer.parseInt(m.group(1) + m.group(2));
    int month = Integer.parseInt(m.group(2));
    int digits = m.group(3).length();
    if (month < 1 || month > 12) {
      return Optional.of("its month `" + m.group(2) + "` is not 01-12");
    }
    if (yymm < 704) {
      return Optional.of("new-style ids began in April 2007 (0704)");
    }
    if (yymm < 1501 && digits != 4) {
      return Optional.of("ids before 2015 have a four-digit number");
    }
    if (yymm >= 1501 && digits != 5) {
      return Optional.of("ids since 2015 have a five-digit number");
    }
    return Optional.empty();
  }
}
