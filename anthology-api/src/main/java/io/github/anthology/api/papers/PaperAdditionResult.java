package io.github.anthology.api.papers;

import io.github.anthology.api.AnthologyException;
import io.github.anthology.api.edit.RewriteResult;
import io.github.anthology.io.ReadException;
import io.github.anthology.io.edit.AtomicWriter;
import io.github.anthology.io.papers.LockFile;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A paper added to research.yaml (nothing written until {@code rewrite().changes().write()}), and
 * the lock file's new text when the metadata came from a source, so the next lint checks the new
 * paper against the same facts.
 *
 * @param rewrite the change to research.yaml and what could not be done
 * @param lockFile the registry's lock file
 * @param lockText the lock file's new text, when it gains an entry
 */
public record PaperAdditionResult(RewriteResult rewrite, Path lockFile, Optional<String> lockText) {
  /**
   * Writes the lock file's new text, if any, atomically; a read-only lock file or directory is left alone.
   *
   * @return whether it was written
   * @throws AnthologyException when it cannot be written
   */
  public boolean writeLock() throws AnthologyException {
    if (lockText.isEmpty()) {
      return false;
    }
    try {
      LockFile.write(lockFile, lockText.get(), AtomicWriter.standard());
    } catch (ReadException e) {
      throw AnthologyException.at(e.span(), e.problem());
    }
    return true;
  }
}
