package io.github.anthology.api.internal.build;

import io.github.anthology.api.AnthologyException;
import io.github.anthology.api.internal.Errors;
import io.github.anthology.api.internal.Session;
import io.github.anthology.io.ReadException;
import io.github.anthology.io.git.GitRevisions;
import io.github.anthology.model.source.SourceSpan;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The day of the last git commit that touched a workspace's inputs: a build's date that changes only with them. */
final class LastCommit {
  private LastCommit() {}

  static Optional<LocalDate> day(Session session) throws AnthologyException {
    List<Path> inputs = session.selection().paths();
    Path where = inputs.isEmpty() ? session.options().resolve(Path.of(".")) : inputs.get(0);
    return Errors.translate(() -> {
      Optional<GitRevisions> git = GitRevisions.find(where);
      if (git.isEmpty()) {
        throw new ReadException(SourceSpan.ofFile(where.toString()), "the day of the last commit: not in a git repository");
      }
      try (GitRevisions revisions = git.get()) {
        return revisions.lastChange(inputs);
      }
    });
  }
}
