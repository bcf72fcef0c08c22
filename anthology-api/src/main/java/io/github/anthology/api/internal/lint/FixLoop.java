package io.github.anthology.api.internal.lint;

import io.github.anthology.io.LoadedRegistry;
import io.github.anthology.io.ReadException;
import io.github.anthology.io.RegistryLoader;
import io.github.anthology.io.edit.ChangeSet;
import io.github.anthology.model.source.TextEdit;
import io.github.anthology.rules.api.Finding;
import io.github.anthology.rules.engine.Linter;
import java.util.List;
import java.util.function.Function;

/**
 * Applies the fixes of a lint run until none applies: one pass applies every fix that
 * does not overlap another, the texts are re-read and re-linted, and the next pass starts from the
 * new findings. Nothing is written here; the result holds every change against the texts as first
 * read, and the findings that remain.
 */
public final class FixLoop {
  /** Passes before giving up on fixes that keep producing new fixes. */
  public static final int MAX_PASSES = io.github.anthology.api.lint.FixResult.MAX_PASSES;

  private FixLoop() {}

  /**
   * What the loop did.
   *
   * @param changes every change against the texts as first read
   * @param remaining the findings after the last pass
   * @param passes how many passes applied fixes
   * @param settled whether the last pass found nothing left to fix; false means fixes kept
   *     producing work for {@link #MAX_PASSES} passes
   */
  public record Result(ChangeSet changes, List<Finding> remaining, int passes, boolean settled) {}

  /**
   * The loop with a plain linter (no configuration, no suppression).
   *
   * @param registry the registry as read
   * @param linter the rules to run
   * @return what the loop did
   * @throws ReadException when a fixed text no longer reads
   */
  public static Result run(LoadedRegistry registry, Linter linter) throws ReadException {
    return run(registry, r -> linter.lint(r.anthology()));
  }

  /**
   * The loop with any lint step, e.g. a configured plan's; the step sees the texts too, so inline
   * suppression holds in every pass and a suppressed finding is never fixed.
   *
   * @param registry the registry as read
   * @param linter the lint step
   * @return what the loop did
   * @throws ReadException when a fixed text no longer reads
   */
  public static Result run(LoadedRegistry registry, Function<LoadedRegistry, List<Finding>> linter) throws ReadException {
    ChangeSet total = new ChangeSet();
    LoadedRegistry current = registry;
    List<Finding> findings = linter.apply(current);
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      List<TextEdit> edits = FixSelection.of(findings);
      ChangeSet changes = edits.isEmpty() ? new ChangeSet() : ChangeSet.apply(current.texts(), edits).changes();
      if (changes.isEmpty()) {
        return new Result(total, findings, pass, true);
      }
      total.addAll(changes);
      current = RegistryLoader.read(changes.applyTo(current.texts()))
          .withPaperMetadata(current.anthology().paperMetadata());
      findings = linter.apply(current);
    }
    return new Result(total, findings, MAX_PASSES, FixSelection.of(findings).isEmpty());
  }
}
