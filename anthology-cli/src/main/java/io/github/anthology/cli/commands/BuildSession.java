package io.github.anthology.cli.commands;

import io.github.anthology.io.LoadedRegistry;
import io.github.anthology.io.OutputGuard;
import io.github.anthology.io.ReadException;
import io.github.anthology.io.RegistryLoader;
import io.github.anthology.io.git.GitRevisions;
import io.github.anthology.render.build.Artifact;
import io.github.anthology.render.build.BuildOptions;
import io.github.anthology.render.build.RegistryBuild;
import io.github.anthology.render.site.MergeSuggestions;
import io.github.anthology.rules.api.Finding;
import io.github.anthology.rules.engine.RuleRegistry;
import io.github.anthology.rules.diff.RegistryDiff;
import io.github.anthology.model.source.SourceSpan;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One build: choose inputs, read, and make the artifacts with what was asked besides (the changes
 * since a previous version, a date, templates, findings for templates and the live preview).
 */
public final class BuildSession {
  private BuildSession() {}

  /**
   * What a build was asked for. {@code date} is {@code YYYY-MM-DD}, {@code git} (the day of the last
   * commit that touched the inputs) or empty; {@code since} a revision or path to list changes from.
   */
  public record Request(Optional<Path> path, Optional<Path> config, Optional<String> date, Optional<String> since,
      Optional<Path> templates, int pageRows, Optional<Long> liveBuild) {}

  /** The artifacts, refused before anything is written if one of them would replace an input under {@code out}. */
  public static List<Artifact> artifacts(Request request, Path out) throws ReadException {
    InputSelection inputs = InputSelection.choose(request.path().stream().toList(), request.config(), RuleRegistry.load());
    List<Artifact> artifacts = artifacts(request, inputs);
    OutputGuard.refuseUnder("--out", out, artifacts.stream().map(Artifact::path).toList(), inputs.paths());
    return artifacts;
  }

  public static List<Artifact> artifacts(Request request) throws ReadException {
    return artifacts(request, InputSelection.choose(request.path().stream().toList(), request.config(), RuleRegistry.load()));
  }

  private static List<Artifact> artifacts(Request request, InputSelection inputs) throws ReadException {
    if (request.pageRows() < 0) {
      throw new UsageError("--page-rows must be 0 or more, not " + request.pageRows());
    }
    LoadedRegistry registry = RegistryLoader.load(inputs.paths());
    Supplier<List<Finding>> overlaps = () -> MergeSuggestions.lint(registry.anthology(), inputs.configuration().plan());
    BuildOptions options = BuildOptions.NONE.withDate(date(request.date(), inputs.paths())).withTemplates(request.templates());
    if (request.templates().isPresent() || request.liveBuild().isPresent()) {
      options = options.withFindings(inputs.configuration().plan().lint(registry.anthology(), registry.texts()));
    }
    if (request.liveBuild().isPresent()) {
      options = options.withLiveBuild(request.liveBuild().get());
    }
    if (request.since().isPresent()) {
      String pathSide = request.path().map(Path::toString).orElse(".");
      RegistryDiff diff = DiffSession.compare(new DiffSession.Request(request.since().get(), pathSide, Optional.empty(),
          request.config(), true));
      options = options.withChanges(diff, request.since().get());
    }
    List<Artifact> artifacts = new ArrayList<>(RegistryBuild.artifacts(registry.anthology(), overlaps, request.pageRows(), options));
    artifacts.addAll(io.github.anthology.cli.build.Exports.of(registry.anthology(), options.date()));
    return artifacts;
  }

  static Optional<LocalDate> date(Optional<String> date, List<Path> inputs) throws ReadException {
    if (date.isEmpty()) {
      return Optional.empty();
    }
    if (!date.get().equals("git")) {
      try {
        return Optional.of(new DateConverter().convert(date.get()));
      } catch (picocli.CommandLine.TypeConversionException e) {
        throw new UsageError(e.getMessage());
      }
    }
    Path where = inputs.isEmpty() ? Path.of(".") : inputs.get(0);
    Optional<GitRevisions> git = GitRevisions.find(where);
    if (git.isEmpty()) {
      throw new ReadException(SourceSpan.ofFile(where.toString()), "--date git: not in a git repository");
    }
    try (GitRevisions revisions = git.get()) {
      return revisions.lastChange(inputs);
    }
  }
}
