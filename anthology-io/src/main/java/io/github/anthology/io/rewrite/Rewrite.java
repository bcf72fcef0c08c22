package io.github.anthology.io.rewrite;

import io.github.anthology.io.edit.ChangeSet;
import java.util.List;

/**
 * What a rewrite would change, what it had to leave for a person ({@code problems}), and what it
 * did that a person may want to check ({@code notes}, which are not failures).
 */
public record Rewrite(ChangeSet changes, List<Problem> problems, List<Problem> notes) {
  public Rewrite {
    problems = List.copyOf(problems);
    notes = List.copyOf(notes);
  }

  public Rewrite(ChangeSet changes, List<Problem> problems) {
    this(changes, problems, List.of());
  }
}
