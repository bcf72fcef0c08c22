package io.github.anthology.maven;

import io.github.anthology.api.AnthologyException;
import io.github.anthology.api.lint.FixResult;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Applies every mechanical fix, re-lints and repeats until none applies, then writes the changed
 * files atomically (each as text edits on its original bytes; when any file changed on disk since
 * it was read, none is written) and prints the findings that remain. It does not fail the build on
 * them: {@code check} does that.
 */
@Mojo(name = "fix", threadSafe = true)
public final class FixMojo extends AnthologyMojo {
  @Override
  void run() throws AnthologyException {
    FixResult result = workspace().build().fix();
    List<String> written = result.changes().write();
    written.forEach(file -> getLog().info("anthology: fixed " + file));
    if (written.isEmpty()) {
      getLog().info("anthology: nothing to fix");
    }
    if (!result.settled()) {
      getLog().warn("anthology: fixes were still producing new fixes after " + FixResult.MAX_PASSES
          + " passes; the remaining findings are shown as they stand");
    }
    new FindingLog(getLog()).print(result.remaining());
  }
}
