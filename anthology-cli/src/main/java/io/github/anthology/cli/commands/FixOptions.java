package io.github.anthology.cli.commands;

import io.github.anthology.cli.app.FixLoop;
import io.github.anthology.io.LoadedRegistry;
import io.github.anthology.io.ReadException;
import io.github.anthology.rules.api.Finding;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Option;

/** {@code lint --fix} and {@code --fix-dry-run}: run the fix loop, then write or show its changes. */
final class FixOptions {
  @Option(names = "--fix",
      description = "Apply every mechanical fix, re-lint and repeat until none applies (at most "
          + FixLoop.MAX_PASSES + " passes); write the files atomically, then report what remains.")
  boolean fix;

  @Option(names = "--fix-dry-run",
      description = "Print the unified diff --fix would make instead of the report; change nothing."
          + " The exit code is that of the findings that would remain.")
  boolean dryRun;

  boolean requested() {
    return fix || dryRun;
  }

  /** Runs the fix loop, writes or prints its changes, and returns the findings that remain. */
  List<Finding> run(LoadedRegistry registry, Function<LoadedRegistry, List<Finding>> linter, Console console) throws ReadException {
    FixLoop.Result result = FixLoop.run(registry, linter);
    new RewriteOutput(console).present(result.changes(), !dryRun);
    if (!result.settled()) {
      console.err().println("anthology: fixes were still producing new fixes after " + FixLoop.MAX_PASSES
          + " passes; the remaining findings are reported as they stand");
    }
    return result.remaining();
  }
}
