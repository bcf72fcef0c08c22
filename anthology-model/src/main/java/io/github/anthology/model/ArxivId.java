package io.github.anthology.model;

import java.util.Optional;
import java.util.regex.Pattern;

/** arXiv identifiers as registries write them: new-style {@code 2305.13245}, old-style {@code hep-th/9901001}, either with a version. */
public final class ArxivId {
  private static final Pattern SHAPE = Pattern.compile(Paper.ARXIV_PATTERN);
  private static final Pattern VERSION = Pattern.compile("v\\d+$");

  private ArxivId() {}

  /** Whether the text (trimmed) has the shape of an arXiv id. */
  public static boolean isArxivId(String text) {
    return SHAPE.matcher(text.trim()).matches();
  }

  /** The id without white space around it or a version suffix: {@code 2305.13245v2} is {@code 2305.13245}. */
  public static String unversioned(String text) {
    String id = text.trim();
    return isArxivId(id) ? VERSION.matcher(id).replaceFirst("") : id;
  }

  /** The version suffix of an id, e.g. {@code v2}, when it has one. */
  public static Optional<String> version(String text) {
    String id = text.trim();
    if (!isArxivId(id)) {
      return Optional.empty();
    }
    var m = VERSION.matcher(id);
    return m.find() ? Optional.of(m.group()) : Optional.empty();
  }
}
