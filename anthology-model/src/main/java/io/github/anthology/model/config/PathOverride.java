package io.github.anthology.model.config;

import io.github.anthology.model.source.Scalar;
import io.github.anthology.model.source.SourceSpan;
import java.util.List;

/** An {@code overrides} entry: rule settings that apply only to files matching the globs. */
public record PathOverride(List<Scalar> files, List<RuleSetting> rules, SourceSpan span) {
  public PathOverride {
    files = List.copyOf(files);
    rules = List.copyOf(rules);
  }
}
