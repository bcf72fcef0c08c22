package io.github.anthology.rules.diff;

import io.github.anthology.rules.api.Finding;
import java.util.List;

/**
 * Findings of two versions matched by what they are about, not where: lines move with every edit.
 * First by file, rule, entity and message; then by file, rule and message (the entity's pointer
 * moved, say a paper's index); then by file, rule and entity (the message's counts moved).
 * Files are compared by name alone, since the two versions live in different places.
 */
final class FindingDiffer {
  private FindingDiffer() {}

  static FindingChanges between(List<Finding> old, List<Finding> now) {
    Pairing<Finding> pairing = new Pairing<>(old, now)
        .byKey(f -> key(f, f.pointer().orElse("") + "\u0000" + f.message()), Finding.ORDER)
        .byKey(f -> key(f, f.message()), Finding.ORDER)
        .byKey(f -> f.pointer().map(p -> key(f, p)).orElse(null), Finding.ORDER);
    return new FindingChanges(pairing.newLeft(), pairing.oldLeft());
  }

  private static String key(Finding f, String what) {
    return fileName(f.span().file()) + "\u0000" + f.ruleId() + "\u0000" + what;
  }

  /** {@code HEAD~1:data/research.yaml} and {@code v2/research.yaml} are both {@code research.yaml}. */
  static String fileName(String file) {
    int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf(':'));
    return file.substring(slash + 1);
  }
}
