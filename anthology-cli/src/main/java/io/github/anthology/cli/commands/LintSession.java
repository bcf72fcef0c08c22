package io.github.anthology.cli.commands;

import io.github.anthology.io.LoadedRegistry;
import io.github.anthology.io.OutputGuard;
import io.github.anthology.io.ReadException;
import io.github.anthology.io.RegistryLoader;
import io.github.anthology.model.validation.ModelValidator;
import io.github.anthology.render.report.ReportContext;
import io.github.anthology.rules.api.Finding;
import io.github.anthology.rules.api.Severity;
import io.github.anthology.rules.builtin.registry.RequiredFieldsRule;
import io.github.anthology.rules.config.Configuration;
import io.github.anthology.rules.engine.ConfiguredRule;
import io.github.anthology.rules.engine.RuleRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One {@code anthology lint} run: choose configuration and inputs, read, lint, write the report,
 * and decide the exit code from {@code --fail-on} and {@code --max-warnings}; with a baseline only
 * new findings count, and {@code --write-baseline} records this run's findings instead of reporting.
 */
public final class LintSession {
  private final Console console;
  private final RuleRegistry rules;
  private FixOptions fixing = new FixOptions();

  public LintSession(Console console) {
    this(console, RuleRegistry.load());
  }

  public LintSession(Console console, RuleRegistry rules) {
    this.console = console;
    this.rules = rules;
  }

  /** Run the fix loop first ({@code --fix}, {@code --fix-dry-run}) and report what remains. */
  public LintSession fixing(FixOptions fixing) {
    this.fixing = fixing;
    return this;
  }

  public ExitCode run(LintRequest request) throws ReadException, IOException {
    InputSelection inputs = InputSelection.choose(request.paths(), request.config(), rules);
    Configuration config = inputs.configuration();
    OutputGuard.refuse("--output", request.output(), inputs.paths());
    OutputGuard.refuse("--write-baseline", request.writeBaseline(), inputs.paths());
    if (config.plan().severity(RequiredFieldsRule.ID, "").isPresent()) {
      ModelValidator.prepareInBackground(); // its bootstrap overlaps the reading and the other rules
    }
    LoadedRegistry registry = RegistryLoader.load(inputs.paths());
    List<Finding> findings = fixing.requested()
        ? fixing.run(registry, r -> config.plan().lint(r.anthology(), r.texts()), console)
        : config.plan().lint(registry.anthology(), registry.texts());
    Severity failOn = request.failOn().or(config::failOn).orElse(Severity.ERROR);
    OptionalInt maxWarnings = request.maxWarnings().isPresent() ? request.maxWarnings() : config.maxWarnings();
    if (request.writeBaseline().isPresent()) {
      BaselineStep.write(request.writeBaseline().get(), findings, console);
      return ExitCode.OK;
    }
    Optional<Path> baseline = request.baseline().or(config::baseline);
    if (baseline.isPresent()) {
      findings = BaselineStep.filter(baseline.get(), findings, console);
    }
    if (fixing.dryRun) {
      return verdict(findings, failOn, maxWarnings);
    }
    StringBuilder report = new StringBuilder();
    request.format().create(ReportContext.of(rules, request.colour() && request.output().isEmpty())
            .withRun(failOn, registry.texts().keySet(),
                file -> config.plan().rulesFor(file).stream().map(ConfiguredRule::id).toList()))
        .write(findings, report);
    ReportOutput.write(report.toString(), request.output(), console);
    return verdict(findings, failOn, maxWarnings);
  }

  /** Parse-only ({@code lint --rules none}): chooses and reads the inputs, runs no rule, reports nothing. */
  public ExitCode read(LintRequest request) throws ReadException {
    RegistryLoader.load(InputSelection.choose(request.paths(), request.config(), rules).paths());
    return ExitCode.OK;
  }

  static ExitCode verdict(List<Finding> findings, Severity failOn, OptionalInt maxWarnings) {
    boolean failing = findings.stream().anyMatch(f -> f.severity().atLeast(failOn));
    long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
    boolean tooManyWarnings = maxWarnings.isPresent() && warnings > maxWarnings.getAsInt();
    return failing || tooManyWarnings ? ExitCode.FINDINGS : ExitCode.OK;
  }
}
