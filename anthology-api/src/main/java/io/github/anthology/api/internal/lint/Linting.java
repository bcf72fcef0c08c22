package io.github.anthology.api.internal.lint;

import io.github.anthology.api.AnthologyException;
import io.github.anthology.api.internal.ChangeSets;
import io.github.anthology.api.build.BuildProgress;
import io.github.anthology.api.internal.Errors;
import io.github.anthology.api.internal.Selection;
import io.github.anthology.api.internal.Session;
import io.github.anthology.api.lint.Analysis;
import io.github.anthology.api.lint.FixResult;
import io.github.anthology.api.lint.LintResult;
import io.github.anthology.io.LoadedRegistry;
import io.github.anthology.io.RegistryLoader;
import io.github.anthology.model.Anthology;
import io.github.anthology.model.validation.ModelValidator;
import io.github.anthology.rules.api.Finding;
import io.github.anthology.rules.builtin.registry.RequiredFieldsRule;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;

/**
 * A lint run: read the selected inputs, run the configured rules (a rule that throws is recorded
 * and the run goes on), then keep what the baseline does not know; or the fix loop first.
 */
public final class Linting {
  private final Session session;

  /**
   * @param session the workspace's session
   */
  public Linting(Session session) {
    this.session = session;
  }

  /**
   * @return the findings of the selected inputs
   * @throws AnthologyException when configuration, a plugin, an input or the baseline cannot be used
   */
  public LintResult lint() throws AnthologyException {
    return lint(BuildProgress.silent());
  }

  /**
   * @param progress told when reading and linting begin (not closed)
   * @return the findings of the selected inputs
   * @throws AnthologyException when configuration, a plugin, an input or the baseline cannot be used
   */
  public LintResult lint(BuildProgress progress) throws AnthologyException {
    Selection s = prepared();
    LoadedRegistry registry = session.readSelected(progress);
    progress.step("linting " + registry.anthology().sources().size() + " files");
    RuleErrors errors = new RuleErrors(s.rules());
    List<Finding> findings = s.configuration().plan().lint(registry.anthology(), registry.texts(), errors::add);
    return result(s, registry.anthology(), findings, errors);
  }

  /**
   * A lint run that keeps what it read and stops early when its thread is interrupted.
   *
   * @return the registry, its texts and its findings
   * @throws AnthologyException when configuration, a plugin, an input or the baseline cannot be used
   * @throws CancellationException when the calling thread was interrupted (checked between reading and the rules)
   */
  public Analysis analyse() throws AnthologyException {
    Selection s = prepared();
    stopIfInterrupted();
    LoadedRegistry registry = session.readSelected();
    stopIfInterrupted();
    RuleErrors errors = new RuleErrors(s.rules());
    List<Finding> findings = s.configuration().plan().lint(registry.anthology(), registry.texts(), errors::add);
    stopIfInterrupted();
    return new Analysis(registry.anthology(), result(s, registry.anthology(), findings, errors), registry.texts());
  }

  private static void stopIfInterrupted() {
    if (Thread.interrupted()) {
      throw new CancellationException("lint cancelled: its thread was interrupted");
    }
  }

  /**
   * @return the fix loop's changes (nothing written) and the findings that remain
   * @throws AnthologyException when configuration, a plugin, an input or the baseline cannot be used
   */
  public FixResult fix() throws AnthologyException {
    Selection s = prepared();
    LoadedRegistry registry = session.readSelectedForEditing();
    RuleErrors errors = new RuleErrors(s.rules());
    FixLoop.Result loop = Errors.translate(() -> FixLoop.run(registry,
        r -> s.configuration().plan().lint(r.anthology(), r.texts(), errors::add)));
    LintResult remaining = result(s, registry.anthology(), loop.remaining(), errors);
    return new FixResult(ChangeSets.toApi(loop.changes(), registry.texts()), remaining, loop.passes(),
        loop.settled());
  }

  /**
   * Reads the selected inputs and runs no rule: what reading alone costs, and whether it succeeds.
   *
   * @return the registry as read
   * @throws AnthologyException when configuration, a plugin or an input cannot be used
   */
  public Anthology read() throws AnthologyException {
    session.selection();
    return session.readSelected().anthology();
  }

  /**
   * @return the registry files the selected inputs stand for
   * @throws AnthologyException when configuration or a plugin cannot be used, or an input is missing or holds no registry file
   */
  public List<Path> files() throws AnthologyException {
    return session.selectedFiles();
  }

  /** The selection, with the validator's start-up begun when a rule will need it. */
  private Selection prepared() throws AnthologyException {
    Selection s = session.selection();
    if (s.configuration().plan().severity(RequiredFieldsRule.ID, "").isPresent()) {
      ModelValidator.prepareInBackground(); // its bootstrap overlaps the reading and the other rules
    }
    return s;
  }

  private static LintResult result(Selection s, Anthology anthology, List<Finding> findings, RuleErrors errors)
      throws AnthologyException {
    List<String> files = List.copyOf(anthology.sources());
    if (s.baseline().isEmpty()) {
      return new LintResult(Findings.toApi(findings), files, Optional.empty(), errors.all(), s.policy());
    }
    Baselines.Filtered filtered = Baselines.filter(findings, s.baseline().get());
    return new LintResult(Findings.toApi(filtered.fresh()), files, Optional.of(filtered.match()), errors.all(),
        s.policy());
  }
}
