package io.github.anthology.api.internal.rewrite;

import io.github.anthology.api.AnthologyException;
import io.github.anthology.api.edit.IdNumbering;
import io.github.anthology.api.edit.IdsOptions;
import io.github.anthology.api.edit.RewriteResult;
import io.github.anthology.api.internal.ChangeSets;
import io.github.anthology.api.internal.Errors;
import io.github.anthology.api.internal.Session;
import io.github.anthology.io.LoadedRegistry;
import io.github.anthology.io.RegistryScaffold;
import io.github.anthology.io.SourceFiles;
import io.github.anthology.io.ids.Numbering;
import io.github.anthology.io.rewrite.IdOptions;
import io.github.anthology.io.rewrite.Migration;
import io.github.anthology.io.rewrite.Problem;
import io.github.anthology.io.rewrite.RecommendationIds;
import io.github.anthology.io.rewrite.Rewrite;
import io.github.anthology.io.rewrite.TopicOperations;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rewrites: each reads the inputs as given (configuration does not expand them), computes text
 * edits on the files as read, and returns them with what it had to leave for a person.
 */
public final class Rewriting {
  private final Session session;

  /**
   * @param session the workspace's session
   */
  public Rewriting(Session session) {
    this.session = session;
  }

  /**
   * @param options how to number, and a published registry to adopt ids from
   * @return ids for every recommendation without one
   * @throws AnthologyException when an input cannot be read
   */
  public RewriteResult assignIds(IdsOptions options) throws AnthologyException {
    LoadedRegistry registry = session.readGiven();
    IdOptions ids = new IdOptions(options.numbering() == IdNumbering.PER_AUTHOR ? Numbering.PER_AUTHOR
        : Numbering.PER_YEAR, options.adopt().map(session.options()::resolve), options.similarity());
    return result(Errors.translate(() -> RecommendationIds.assign(registry, ids)), registry);
  }

  /**
   * @param extra more mappings from old tag to topic
   * @return every recommendation retagged onto the taxonomy
   * @throws AnthologyException when an input cannot be read
   */
  public RewriteResult migrate(Map<String, String> extra) throws AnthologyException {
    LoadedRegistry registry = session.readGiven();
    return result(Migration.migrate(registry, extra), registry);
  }

  /**
   * @param old the topic's name
   * @param renamed its new name
   * @return the rename of the topic and every reference to it
   * @throws AnthologyException when an input cannot be read or the rename is impossible
   */
  public RewriteResult rename(String old, String renamed) throws AnthologyException {
    LoadedRegistry registry = session.readGiven();
    return result(Errors.translate(() -> TopicOperations.rename(registry, old, renamed)), registry);
  }

  /**
   * @param name the topic
   * @param reason why
   * @param replacedBy its successor, if any
   * @param date the date to record
   * @return the deprecation
   * @throws AnthologyException when an input cannot be read or the deprecation is impossible
   */
  public RewriteResult deprecate(String name, String reason, Optional<String> replacedBy, LocalDate date)
      throws AnthologyException {
    LoadedRegistry registry = session.readGiven();
    return result(Errors.translate(() -> TopicOperations.deprecate(registry, name, reason, replacedBy,
        date.toString())), registry);
  }

  /**
   * @param sources the topics to merge
   * @param into the topic they merge into
   * @param date the date to record
   * @return the merge
   * @throws AnthologyException when an input cannot be read or the merge is impossible
   */
  public RewriteResult merge(List<String> sources, String into, LocalDate date) throws AnthologyException {
    LoadedRegistry registry = session.readGiven();
    return result(Errors.translate(() -> TopicOperations.merge(registry, sources, into, date.toString())), registry);
  }

  /**
   * @param name the topic to split
   * @param into the new topics
   * @param date the date to record
   * @return the split
   * @throws AnthologyException when an input cannot be read or the split is impossible
   */
  public RewriteResult split(String name, List<String> into, LocalDate date) throws AnthologyException {
    LoadedRegistry registry = session.readGiven();
    return result(Errors.translate(() -> TopicOperations.split(registry, name, into, date.toString())), registry);
  }

  /**
   * Writes a new registry's configuration and seed taxonomy, never overwriting.
   *
   * @param dir where
   * @return the files written, as messages name them
   * @throws AnthologyException when either file exists or cannot be written
   */
  public List<String> init(Path dir) throws AnthologyException {
    List<Path> written = Errors.translate(() -> RegistryScaffold.write(session.options().resolve(dir)));
    return written.stream().map(SourceFiles::display).toList();
  }

  /**
   * @param rewrite a rewrite of the registry's texts
   * @param registry the registry as read
   * @return the rewrite as the API gives it
   */
  public static RewriteResult result(Rewrite rewrite, LoadedRegistry registry) {
    return new RewriteResult(ChangeSets.toApi(rewrite.changes(), registry.texts()), problems(rewrite.problems()),
        problems(rewrite.notes()));
  }

  private static List<RewriteResult.Problem> problems(List<Problem> problems) {
    return problems.stream().map(p -> new RewriteResult.Problem(p.span(), p.message())).toList();
  }
}
