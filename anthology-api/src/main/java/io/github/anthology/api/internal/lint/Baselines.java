package io.github.anthology.api.internal.lint;

import io.github.anthology.api.AnthologyException;
import io.github.anthology.api.internal.Errors;
import io.github.anthology.api.lint.BaselineMatch;
import io.github.anthology.api.lint.LintResult;
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
import java.util.Optional;

/**
 * Baseline files: writing a run's findings (keyed by file, rule and entity, never line) and
 * keeping only the findings a baseline does not know, with the entries that matched nothing.
 */
public final class Baselines {
  private Baselines() {}

  /**
   * Records a result's findings in a baseline file, atomically.
   *
   * @param result the run to record
   * @param file the baseline file
   * @return how many entries were written
   * @throws AnthologyException when the file cannot be written
   */
  public static int write(LintResult result, Path file) throws AnthologyException {
    Baseline baseline = Baseline.of(Findings.toEngine(result.findings()), BaselineFiles.relativeTo(file));
    try {
      AtomicWriter.standard().write(file, BaselineJson.write(baseline).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw Errors.cannotWrite(file, e);
    }
    return baseline.entries().size();
  }

  /**
   * The result less the findings a baseline file knows.
   *
   * @param result the run
   * @param file the baseline file
   * @return the findings the baseline does not know, with the comparison
   * @throws AnthologyException when the file is missing or malformed
   */
  public static LintResult apply(LintResult result, Path file) throws AnthologyException {
    Filtered filtered = filter(Findings.toEngine(result.findings()), file);
    return new LintResult(Findings.toApi(filtered.fresh()), result.files(), Optional.of(filtered.match()),
        result.ruleErrors(), result.policy());
  }

  /** The findings a baseline does not know, and the comparison. */
  record Filtered(List<Finding> fresh, BaselineMatch match) {}

  static Filtered filter(List<Finding> findings, Path file) throws AnthologyException {
    Baseline.Match match = Errors.translate(() -> read(file)).match(findings, BaselineFiles.relativeTo(file));
    return new Filtered(match.fresh(), new BaselineMatch(SourceFiles.display(file), match.known().size(),
        match.stale().stream().map(BaselineEntry::toString).toList()));
  }

  private static Baseline read(Path file) throws ReadException {
    String name = SourceFiles.display(file);
    if (!Files.isRegularFile(file)) {
      throw new ReadException(SourceSpan.ofFile(name), "no such baseline file; create it with --write-baseline " + name);
    }
    try {
      return BaselineJson.read(name, SourceFiles.read(file));
    } catch (BaselineJson.Malformed e) {
      throw new ReadException(e.span(), e.getMessage());
    }
  }
}
