package io.github.anthology.api.papers;

import java.nio.file.Path;
import java.util.List;

/**
 * What a refresh of the lock file did.
 *
 * @param lockFile the lock file
 * @param written whether it was written (it is only when it changes)
 * @param source the source asked, by name
 * @param asked how many ids the source was asked about
 * @param added how many entries were added
 * @param updated how many entries changed
 * @param notFound ids the source says do not exist (recorded as such; lint reports them)
 * @param unanswered ids cited that the source could not speak for and the lock file still lacks
 * @param dropped entries dropped because no paper cites them any longer
 */
public record RefreshResult(Path lockFile, boolean written, String source, int asked, int added, int updated,
    List<String> notFound, List<String> unanswered, List<String> dropped) {
  /**
   * Copies the lists.
   *
   * @param lockFile the lock file
   * @param written whether it was written
   * @param source the source asked
   * @param asked how many ids were asked about
   * @param added how many entries were added
   * @param updated how many entries changed
   * @param notFound ids that do not exist
   * @param unanswered ids left unchecked
   * @param dropped entries dropped
   */
  public RefreshResult {
    notFound = List.copyOf(notFound);
    unanswered = List.copyOf(unanswered);
    dropped = List.copyOf(dropped);
  }
}
