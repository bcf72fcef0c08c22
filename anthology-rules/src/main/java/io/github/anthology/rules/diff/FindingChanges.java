package io.github.anthology.rules.diff;

import io.github.anthology.rules.api.Finding;
import java.util.List;

/** Lint findings of the new version that the old one did not have (introduced), and the reverse (resolved). */
public record FindingChanges(List<Finding> introduced, List<Finding> resolved) {
  public FindingChanges {
    introduced = introduced.stream().sorted(Finding.ORDER).toList();
    resolved = resolved.stream().sorted(Finding.ORDER).toList();
  }

  public boolean isEmpty() {
    return introduced.isEmpty() && resolved.isEmpty();
  }

  public FindingChanges mirror() {
    return new FindingChanges(resolved, introduced);
  }
}
