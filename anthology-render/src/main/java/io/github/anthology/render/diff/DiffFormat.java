package io.github.anthology.render.diff;

import io.github.anthology.rules.diff.RegistryDiff;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The forms a diff is written in. */
public enum DiffFormat {
  TEXT,
  MARKDOWN,
  JSON;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<DiffFormat> parse(String label) {
    return Arrays.stream(values()).filter(f -> f.label().equals(label)).findFirst();
  }

  /** The diff of {@code oldLabel} (a path or revision as given) to {@code newLabel} in this form. */
  public String render(RegistryDiff diff, String oldLabel, String newLabel) {
    return switch (this) {
      case TEXT -> DiffText.render(diff);
      case MARKDOWN -> DiffMarkdown.render(diff, "Changes from " + oldLabel + " to " + newLabel);
      case JSON -> DiffJson.render(diff, oldLabel, newLabel);
    };
  }
}
