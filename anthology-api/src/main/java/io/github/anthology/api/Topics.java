package io.github.anthology.api;

import io.github.anthology.api.edit.RewriteResult;
import io.github.anthology.api.internal.rewrite.Rewriting;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Taxonomy maintenance by the taxonomy's conventions, every reference updated: rename, deprecate,
 * merge and split a topic. Each returns the edits to {@code taxonomy.yaml} and
 * {@code research.yaml} (nothing is written until {@code changes().write()}) and what it left for
 * a person. Get one from {@link Workspace#topics()}; it reads the workspace's inputs as given.
 */
public final class Topics {
  private final Rewriting rewriting;

  Topics(Rewriting rewriting) {
    this.rewriting = rewriting;
  }

  /**
   * Renames a topic, every tag and every reference to it; the old name is kept under the topic's
   * {@code previously}, so it stays resolvable.
   *
   * @param old the topic's name
   * @param renamed its new name
   * @return the edits
   * @throws AnthologyException when an input cannot be read, or the topic is unknown or the name taken
   */
  public RewriteResult rename(String old, String renamed) throws AnthologyException {
    return rewriting.rename(old, renamed);
  }

  /**
   * Marks a topic deprecated with its reason, date and successor. With a successor, its
   * recommendations and references move there; without one, those still on it are problems.
   *
   * @param name the topic
   * @param reason why it is deprecated
   * @param replacedBy the active topic that replaces it, if any
   * @param date the date to record
   * @return the edits
   * @throws AnthologyException when an input cannot be read or the topic is unknown
   */
  public RewriteResult deprecate(String name, String reason, Optional<String> replacedBy, LocalDate date)
      throws AnthologyException {
    return rewriting.deprecate(name, reason, replacedBy, date);
  }

  /**
   * Merges topics into one (required when their scopes overlap by more than half): each is
   * deprecated as merged into the target, its names and scope go to the target, its
   * recommendations and references move.
   *
   * @param sources the topics to merge
   * @param into the active topic they merge into
   * @param date the date to record
   * @return the edits
   * @throws AnthologyException when an input cannot be read or a topic is unknown
   */
  public RewriteResult merge(List<String> sources, String into, LocalDate date) throws AnthologyException {
    return rewriting.merge(sources, into, date);
  }

  /**
   * Splits a topic that became too broad: the new topics are added, the old one is deprecated
   * with the first new topic as successor, and its recommendations move there.
   *
   * @param name the topic to split
   * @param into the new topics, at least two
   * @param date the date to record
   * @return the edits
   * @throws AnthologyException when an input cannot be read, the topic is unknown or a new name taken
   */
  public RewriteResult split(String name, List<String> into, LocalDate date) throws AnthologyException {
    return rewriting.split(name, into, date);
  }
}
