package io.github.anthology.render.view;

import io.github.anthology.model.Paper;
import java.util.Optional;
import java.util.regex.Pattern;

/** Links to arXiv, made only for well-formed ids so no text ever ends up inside a URL. */
public final class Arxiv {
  private static final Pattern ID = Pattern.compile(Paper.ARXIV_PATTERN);

  private Arxiv() {}

  public static Optional<String> url(String id) {
    String t = id.trim();
    return ID.matcher(t).matches() ? Optional.of("https://arxiv.org/abs/" + t) : Optional.empty();
  }
}
