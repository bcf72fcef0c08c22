package io.github.anthology.api;

import io.github.anthology.api.internal.papers.PaperWork;
import io.github.anthology.api.papers.PaperAdditionResult;
import io.github.anthology.api.papers.PaperSource;
import io.github.anthology.api.papers.RefreshResult;
import java.util.List;
import java.util.Optional;

/**
 * The registry's lock file (anthology.lock.json, beside its first file) of arXiv metadata, which
 * the citation rules check against offline. Get one from {@link Workspace#papers()}.
 */
public final class Papers {
  private final PaperWork work;

  Papers(PaperWork work) {
    this.work = work;
  }

  /**
   * Records the metadata of every cited arXiv id the lock file lacks (with {@code all}: of every
   * cited id, looked up again) and drops entries no longer cited. The file is written, atomically,
   * only when it changes; the same metadata gives the same bytes.
   *
   * @param source where metadata comes from
   * @param all whether to look up every cited id again
   * @return what was asked, added, updated, dropped and left unchecked
   * @throws AnthologyException when the registry, the source or the lock file cannot be used
   */
  public RefreshResult refresh(PaperSource source, boolean all) throws AnthologyException {
    return work.refresh(source, all);
  }

  /**
   * Adds the paper of an arXiv id to research.yaml under the year of its first version, with its
   * title, first author, year and id; comments and layout stay as they are. The metadata comes from
   * the lock file, else from the source (and the lock file then gains it).
   *
   * @param id the arXiv id, e.g. 2203.15556
   * @param topics topic tags, the primary first
   * @param source where to look the paper up when the lock file lacks it, or empty
   * @return the change (nothing written) and the lock file's new text
   * @throws AnthologyException when the registry, the source or the lock file cannot be used
   */
  public PaperAdditionResult add(String id, List<String> topics, Optional<PaperSource> source)
      throws AnthologyException {
    return work.add(id, topics, source);
  }
}
