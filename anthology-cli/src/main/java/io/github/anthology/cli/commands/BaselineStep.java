package io.github.anthology.cli.commands;

import io.github.anthology.io.IoErrors;
import io.github.anthology.io.ReadException;
import io.github.anthology.io.SourceFiles;
import io.github.anthology.io.edit.AtomicWriter;
import io.github.anthology.model.source.SourceSpan;
import io.github.anthology.render.baseline.BaselineJson;
import io.github.anthology.rules.api.Finding;
import io.github.anthology.rules.baseline.Baseline;
import io.github.anthology.rules.baseline.BaselineEntry;
import io.github.anthology.rules.baseline.BaselineFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code --write-baseline} records the findings of this run; {@code --baseline} keeps only the
 * findings it does not record. Known findings are not printed (a count goes to standard error);
 * stale entries are listed on standard error so the baseline shrinks.
 */
final class BaselineStep {
  private BaselineStep() {}

  static void write(Path file, List<Finding> findings, Console console) {
    Baseline baseline = Baseline.of(findings, BaselineFiles.relativeTo(file));
    try {
      AtomicWriter.standard().write(file, BaselineJson.write(baseline).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UsageError("cannot write " + IoErrors.describe(e));
    }
    console.err().println("anthology: wrote " + baseline.entries().size() + " findings to the baseline "
        + SourceFiles.display(file));
  }

  static List<Finding> filter(Path file, List<Finding> findings, Console console) throws ReadException {
    String name = SourceFiles.display(file);
    if (!Files.isRegularFile(file)) {
      throw new ReadException(SourceSpan.ofFile(name), "no such baseline file; create it with --write-baseline " + name);
    }
    Baseline baseline;
    try {
      baseline = BaselineJson.read(name, SourceFiles.read(file));
    } catch (BaselineJson.Malformed e) {
      throw new ReadException(e.span(), e.getMessage());
    }
    Baseline.Match match = baseline.match(findings, BaselineFiles.relativeTo(file));
    if (!match.known().isEmpty()) {
      console.err().println("anthology: " + match.known().size() + " findings are in the baseline " + name
          + " and not shown");
    }
    if (!match.stale().isEmpty()) {
      console.err().println(name + ": " + match.stale().size() + " baseline entries match nothing any more;"
          + " run --write-baseline " + name + " to drop them:");
      for (BaselineEntry e : match.stale()) {
        console.err().println("  " + e);
      }
    }
    return match.fresh();
  }
}
