package io.github.anthology.api.internal.papers;

import io.github.anthology.api.AnthologyException;
import io.github.anthology.api.internal.Errors;
import io.github.anthology.api.internal.Session;
import io.github.anthology.api.internal.rewrite.Rewriting;
import io.github.anthology.api.papers.PaperAdditionResult;
import io.github.anthology.api.papers.PaperSource;
import io.github.anthology.api.papers.RefreshResult;
import io.github.anthology.io.LoadedRegistry;
import io.github.anthology.io.ReadException;
import io.github.anthology.io.RegistryInputs;
import io.github.anthology.io.RegistryLoader;
import io.github.anthology.io.edit.AtomicWriter;
import io.github.anthology.io.papers.LockFile;
import io.github.anthology.io.papers.PaperAddition;
import io.github.anthology.io.papers.PaperMetadataSource;
import io.github.anthology.io.papers.PaperSources;
import io.github.anthology.io.papers.Refresh;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The lock file of paper metadata beside a workspace's registry (its first selected file): refreshed
 * from a source, and a paper added to research.yaml with its metadata.
 */
public final class PaperWork {
  private final Session session;

  /**
   * @param session the workspace's session
   */
  public PaperWork(Session session) {
    this.session = session;
  }

  /**
   * @param source where metadata comes from
   * @param all whether to look up every cited id again
   * @return what was done; the lock file is written when it changes
   * @throws AnthologyException when the registry, the source or the lock file cannot be used
   */
  public RefreshResult refresh(PaperSource source, boolean all) throws AnthologyException {
    List<Path> inputs = session.selection().paths();
    return Errors.translate(() -> {
      try (PaperMetadataSource s = open(source)) {
        Refresh.Result r = Refresh.run(inputs, s, all);
        return new RefreshResult(r.lockFile(), r.written(), s.name(), r.asked(), r.added(), r.updated(), r.notFound(),
            r.unanswered(), r.dropped());
      }
    });
  }

  /**
   * @param id the arXiv id
   * @param topics topic tags, the primary first
   * @param source where to look the paper up when the lock file lacks it, if anywhere
   * @return the change (nothing written) and the lock file's new text
   * @throws AnthologyException when the registry, the source or the lock file cannot be used
   */
  public PaperAdditionResult add(String id, List<String> topics, Optional<PaperSource> source)
      throws AnthologyException {
    List<Path> inputs = session.selection().paths();
    return Errors.translate(() -> {
      LoadedRegistry registry = RegistryLoader.load(inputs);
      try (PaperMetadataSource s = source.isPresent() ? open(source.get()) : null) {
        PaperAddition.Result r = PaperAddition.add(registry, LockFile.location(RegistryInputs.files(inputs, RegistryInputs.WhenEmpty.WORKING_DIRECTORY)), id, topics,
            Optional.ofNullable(s));
        return new PaperAdditionResult(Rewriting.result(r.rewrite(), registry), r.lockFile(), r.lockText());
      }
    });
  }

  private PaperMetadataSource open(PaperSource source) throws ReadException {
    Optional<Path> index = source.index().map(session.options()::resolve);
    List<String> words = source.words().size() == 2
        ? List.of(source.words().get(0), session.options().resolve(Path.of(source.words().get(1))).toString())
        : source.words();
    return PaperSources.open(words, index, source.apiUrl());
  }
}
