package io.github.anthology.cli.commands;

import io.github.anthology.api.AnthologyException;
import io.github.anthology.api.Workspace;
import io.github.anthology.api.lint.FixResult;
import io.github.anthology.api.lint.LintResult;
import picocli.CommandLine.Option;

/** {@code lint --fix} and {@code --fix-dry-run}: run the fix loop, then write or show its changes. */
final class FixOptions {
  @Option(names = "--fix",
      description = "Apply every mechanical fix, re-lint and repeat until none applies (at most "
          + FixResult.MAX_PASSES + " passes); write the files atomically, then report what remains.")
  boolean fix;

  @Option(names = "--fix-dry-run",
      description = "Print the unified diff --fix would make instead of the report; change nothing."
          + " The exit code is that of the findings that would remain.")
  boolean dryRun;

  boolean requested() {
    return fix || dryRun;
  }

  /** Runs the fix loop, writes or prints its changes, and returns the lint of what remains. */
  LintResult run(Workspace workspace, Console console) throws AnthologyException {
    FixResult result = workspace.fix();
    new RewriteOutput(console).present(result.changes(), !dryRun);
    if (!result.settled()) {
      console.err().println("anthology: fixes were still producing new fixes after " + FixResult.MAX_PASSES
          + " passes; the remaining findings are reported as they stand");
    }
    return result.remaining();
  }
}
