package io.github.anthology.rules.diff;

/**
 * The semantic difference between two versions of a registry: papers, recommendations and topics
 * added, removed and changed, and lint findings introduced and resolved. Each change is reported
 * once: a reworded recommendation is one change, a renamed topic is not also removed and added.
 */
public record RegistryDiff(DiffSection papers, DiffSection recommendations, DiffSection topics,
    FindingChanges findings) {

  public boolean isEmpty() {
    return papers.isEmpty() && recommendations.isEmpty() && topics.isEmpty() && findings.isEmpty();
  }

  /** The diff from the new version back to the old: what one adds the other removes. */
  public RegistryDiff mirror() {
    return new RegistryDiff(papers.mirror(), recommendations.mirror(), topics.mirror(), findings.mirror());
  }
}
