package io.github.anthology.render.report;

import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleMetadata;
import io.github.anthology.rules.api.Severity;
import io.github.anthology.rules.engine.RuleDocs;
import io.github.anthology.rules.engine.RuleRegistry;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What a report may need besides the findings: the rules that ran (metadata and documentation
 * pages, for SARIF's rule table), whether to colour text, the directory relative file names are
 * read from, and what the run was: the input files, the rules checked on each and the severity
 * that fails it ({@code --fail-on}), for reports that list passes as well as failures (JUnit).
 */
public final class ReportContext {
  private final Map<String, RuleMetadata> rules;
  private final Function<String, Optional<String>> pages;
  private final boolean colour;
  private final Path workingDirectory;
  private final Run run;

  /** The run a report describes; without one, the files with findings and every known rule. */
  record Run(Severity failOn, List<String> inputs, Function<String, ? extends Collection<String>> checked) {}

  private ReportContext(Map<String, RuleMetadata> rules, Function<String, Optional<String>> pages, boolean colour,
      Path workingDirectory, Run run) {
    this.rules = Map.copyOf(rules);
    this.pages = pages;
    this.colour = colour;
    this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    this.run = run;
  }

  /** Rules by id, without documentation pages, no colour, the current directory. */
  public ReportContext(Map<String, RuleMetadata> rules, boolean colour) {
    this(rules, id -> Optional.empty(), colour, Path.of(""), null);
  }

  /** Every rule on the class path, no colour. */
  public static ReportContext defaults() {
    return of(RuleRegistry.load(), false);
  }

  public static ReportContext of(RuleRegistry registry, boolean colour) {
    Map<String, Rule> byId = new TreeMap<>();
    registry.rules().forEach(r -> byId.put(r.metadata().id(), r));
    Map<String, RuleMetadata> metadata = new TreeMap<>();
    byId.forEach((id, rule) -> metadata.put(id, rule.metadata()));
    return new ReportContext(metadata, id -> Optional.ofNullable(byId.get(id)).flatMap(RuleDocs::page), colour,
        Path.of(""), null);
  }

  /** Relative file names of findings are relative to {@code dir} (default: the current directory). */
  public ReportContext withWorkingDirectory(Path dir) {
    return new ReportContext(rules, pages, colour, dir, run);
  }

  /**
   * The run: findings at or above {@code failOn} fail it, {@code inputs} are the files read (by the
   * names findings use), {@code checked} gives the ids of the rules that ran on a file.
   */
  public ReportContext withRun(Severity failOn, Collection<String> inputs,
      Function<String, ? extends Collection<String>> checked) {
    return new ReportContext(rules, pages, colour, workingDirectory, new Run(failOn, List.copyOf(inputs), checked));
  }

  public Map<String, RuleMetadata> rules() {
    return rules;
  }

  public boolean colour() {
    return colour;
  }

  public Optional<RuleMetadata> rule(String id) {
    return Optional.ofNullable(rules.get(id));
  }

  /**
   * Where a rule's documentation is published: the address its metadata gives (a built-in rule's
   * page on the project's site, or the one a plugin declares); empty for a rule that declares none.
   */
  public Optional<String> documentationUrl(String ruleId) {
    return rule(ruleId).flatMap(RuleMetadata::documentationUrl);
  }

  /** The rule's documentation page (Markdown), when it ships one. */
  public Optional<String> page(String id) {
    return pages.apply(id);
  }

  public Path workingDirectory() {
    return workingDirectory;
  }

  /** Findings at or above this severity fail the run ({@code --fail-on}; default error). */
  public Severity failOn() {
    return run == null ? Severity.ERROR : run.failOn();
  }

  /** The files of the run; without a known run, none beyond those findings name. */
  public List<String> inputs() {
    return run == null ? List.of() : run.inputs();
  }

  /** The ids of the rules checked on a file; without a known run, every rule of the context. */
  public Collection<String> checked(String file) {
    return run == null ? rules.keySet() : run.checked().apply(file);
  }
}
