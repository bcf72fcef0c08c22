package io.github.anthology.api.internal.diff;

import io.github.anthology.api.AnthologyException;
import io.github.anthology.api.diff.DiffOptions;
import io.github.anthology.api.diff.DiffResult;
import io.github.anthology.api.internal.Documents;
import io.github.anthology.api.internal.Errors;
import io.github.anthology.api.internal.Outputs;
import io.github.anthology.api.internal.Selection;
import io.github.anthology.api.internal.Session;
import io.github.anthology.api.internal.lint.RuleErrors;
import io.github.anthology.api.lint.RuleError;
import io.github.anthology.io.LoadedRegistry;
import io.github.anthology.io.git.RegistryVersion;
import io.github.anthology.render.diff.DiffFormat;
import io.github.anthology.rules.api.Finding;
import io.github.anthology.rules.config.LintPlan;
import io.github.anthology.rules.diff.RegistryDiff;
import io.github.anthology.rules.diff.RegistryDiffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Two versions of a registry read, linted and compared. Each side is a file or directory, or a git
 * revision; a revision reads the files of the other side (or of the registry named, else the
 * working directory) as they were. Both sides are linted with one configuration, the one a lint of
 * the path side would use, with the workspace's plugins.
 */
public final class Diffing {
  private final Session session;

  /**
   * @param session the workspace's session; its inputs are replaced by the path side
   */
  public Diffing(Session session) {
    this.session = session;
  }

  /**
   * Refuses an output over either side before comparing; writes the rendered diff when asked.
   *
   * @param options what to compare, how to render it, where to write it
   * @return the rendered diff and the findings counts
   * @throws AnthologyException when the format is unknown, a side cannot be read, or the output names a side
   */
  public DiffResult diff(DiffOptions options) throws AnthologyException {
    DiffFormat format = DiffFormat.parse(options.format()).orElseThrow(() ->
        AnthologyException.of("unknown format `" + options.format() + "`; use one of text, markdown, json"));
    String old = side(options.oldVersion());
    String now = side(options.newVersion());
    Optional<Path> output = options.output().map(session.options()::resolve);
    if (output.isPresent()) {
      Outputs.refuse(options.outputLabel(), output.get(),
          Stream.of(old, now).map(Path::of).filter(Files::exists).toList());
    }
    List<RuleError> ruleErrors = new ArrayList<>();
    RegistryDiff diff = compare(old, now, options.registry().map(session.options()::resolve), options.lint(),
        ruleErrors::add);
    String text = format.render(diff, options.oldVersion(), options.newVersion());
    if (output.isPresent()) {
      new Documents(session).writeUnguarded(output.get(), text);
    }
    return new DiffResult(text, diff.findings().introduced().size(), diff.findings().resolved().size(), output,
        ruleErrors);
  }

  /**
   * The semantic diff of two versions.
   *
   * @param oldVersion a path or a git revision
   * @param newVersion a path or a git revision
   * @param registry where a revision is read when neither side is a path
   * @param lint whether to lint both versions
   * @param ruleErrors told of each rule that threw while either version was linted
   * @return the diff
   * @throws AnthologyException when a side cannot be read or the configuration cannot be used
   */
  public RegistryDiff compare(String oldVersion, String newVersion, Optional<Path> registry, boolean lint,
      Consumer<RuleError> ruleErrors) throws AnthologyException {
    Path pathSide = RegistryVersion.isPath(newVersion) ? Path.of(newVersion)
        : RegistryVersion.isPath(oldVersion) ? Path.of(oldVersion) : registry.orElse(session.options().resolve(Path.of(".")));
    Selection s = session.with(session.options().withInputs(List.of(pathSide))).selection();
    LoadedRegistry now = Errors.translate(() -> RegistryVersion.load(newVersion, paths(newVersion, s), pathSide,
        s.ignoredFiles()));
    return compare(oldVersion, pathSide, s, now, lint, ruleErrors);
  }

  /**
   * Compares a version with a registry already read at a path (a build's own), so the path side is
   * not read again.
   *
   * @param oldVersion the earlier version: a file or directory, or a git revision
   * @param pathSide where {@code now} was read
   * @param now the registry read there
   * @param ruleErrors told of each rule that threw while either version was linted
   * @return the diff, both sides linted
   * @throws AnthologyException when the old side cannot be read or the configuration cannot be used
   */
  public RegistryDiff compareWith(String oldVersion, Path pathSide, LoadedRegistry now,
      Consumer<RuleError> ruleErrors) throws AnthologyException {
    Selection s = session.with(session.options().withInputs(List.of(pathSide))).selection();
    return compare(oldVersion, pathSide, s, now, true, ruleErrors);
  }

  private RegistryDiff compare(String oldVersion, Path pathSide, Selection s, LoadedRegistry now, boolean lint,
      Consumer<RuleError> ruleErrors) throws AnthologyException {
    LoadedRegistry old = Errors.translate(() -> RegistryVersion.load(oldVersion, paths(oldVersion, s), pathSide,
        s.ignoredFiles()));
    LintPlan plan = s.configuration().plan();
    RuleErrors errors = new RuleErrors(s.rules());
    List<Finding> oldFindings = lint ? plan.lint(old.anthology(), old.texts(), errors::add) : List.of();
    List<Finding> newFindings = lint ? plan.lint(now.anthology(), now.texts(), errors::add) : List.of();
    errors.all().forEach(ruleErrors);
    return RegistryDiffer.between(old.anthology(), oldFindings, now.anthology(), newFindings);
  }

  /** A side as given, or resolved against the working directory when that names a file. */
  private String side(String version) {
    Path resolved = session.options().resolve(Path.of(version));
    return !RegistryVersion.isPath(version) && Files.exists(resolved) ? resolved.toString() : version;
  }

  /** A path side reads itself; a revision reads the inputs the path side stands for. */
  private static List<Path> paths(String version, Selection s) {
    return RegistryVersion.isPath(version) ? List.of(Path.of(version)) : s.paths();
  }
}
