package io.github.anthology.io.rewrite;

import io.github.anthology.io.edit.ChangeSet;
import java.util.List;

/** What a rewrite would change, and what it had to leave for a person. */
public record Rewrite(ChangeSet changes, List<Problem> problems) {
  public Rewrite {
    problems = List.copyOf(problems);
  }
}
