package io.github.anthology.api.internal.build;

import io.github.anthology.api.AnthologyException;
import io.github.anthology.api.build.BuildOptions;
import io.github.anthology.api.build.BuildProgress;
import io.github.anthology.api.build.BuildResult;
import io.github.anthology.api.internal.Errors;
import io.github.anthology.api.internal.Outputs;
import io.github.anthology.api.internal.Selection;
import io.github.anthology.api.internal.Session;
import io.github.anthology.api.internal.diff.Diffing;
import io.github.anthology.api.internal.lint.RuleErrors;
import io.github.anthology.api.lint.RuleError;
import io.github.anthology.io.LoadedRegistry;
import io.github.anthology.render.build.Artifact;
import io.github.anthology.render.build.RegistryBuild;
import io.github.anthology.render.site.MergeSuggestions;
import io.github.anthology.render.template.TemplateException;
import io.github.anthology.rules.api.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A build: REGISTRY.md, TOPICS.md, the exports and the site, from the selected inputs; the site's
 * taxonomy graph suggests the merges the configured overlap rule would ask for. Asked for, the
 * changes since a previous version (CHANGELOG.md, "What changed"), a template directory's
 * documents, and the day of the last commit as the date.
 */
public final class Building {
  /** How an output directory is named in messages. */
  static final String OUT = "the output";

  private final Session session;

  /**
   * @param session the workspace's session
   */
  public Building(Session session) {
    this.session = session;
  }

  /**
   * Renders everything first; refuses, before anything is written, an output directory that is a
   * file or where a file would replace an input.
   *
   * @param options where and how
   * @return what was written
   * @throws AnthologyException when configuration, an input or the output cannot be used
   */
  public BuildResult build(BuildOptions options) throws AnthologyException {
    Path out = session.options().resolve(options.out());
    List<RuleError> ruleErrors = new ArrayList<>();
    List<Artifact> artifacts = artifacts(options, Optional.empty(), options.progress(), ruleErrors::add);
    Outputs.refuseUnder(OUT, out, artifacts.stream().map(Artifact::path).toList(), session.selection().paths());
    try {
      // a rule that threw in the templates' lint throws again in the changes' lint: say it once
      return new BuildResult(out, ArtifactWriter.write(out, artifacts, options.progress()),
          ruleErrors.stream().distinct().toList());
    } catch (IOException e) {
      throw Errors.cannotWrite(out, e);
    } catch (TemplateException e) {
      throw AnthologyException.of(e.getMessage(), e);
    }
  }

  /** The side of a comparison that is a path: the first input as given, else the working directory. */
  private Path pathSide() {
    List<Path> given = session.options().inputs();
    return given.isEmpty() ? session.options().resolve(Path.of(".")) : session.options().resolve(given.get(0));
  }

  /**
   * The artifacts of a build, not yet written.
   *
   * @param options how to build
   * @param liveBuild the live preview's build number, which makes the site carry the findings and reload itself
   * @param ruleErrors told of each rule that threw while the registry was linted for the build
   * @return the artifacts
   * @throws AnthologyException when configuration, an input, the previous version or a template cannot be used
   */
  public List<Artifact> artifacts(BuildOptions options, Optional<Long> liveBuild, Consumer<RuleError> ruleErrors)
      throws AnthologyException {
    return artifacts(options, liveBuild, BuildProgress.silent(), ruleErrors);
  }

  private List<Artifact> artifacts(BuildOptions options, Optional<Long> liveBuild, BuildProgress reading,
      Consumer<RuleError> ruleErrors) throws AnthologyException {
    Selection s = session.selection();
    LoadedRegistry registry = session.readSelected(reading);
    Supplier<List<Finding>> overlaps = () -> MergeSuggestions.lint(registry.anthology(), s.configuration().plan());
    var extras = io.github.anthology.render.build.BuildOptions.NONE
        .withDate(options.dateOfLastCommit() ? LastCommit.day(session) : options.date())
        .withTemplates(options.templates().map(session.options()::resolve));
    if (options.templates().isPresent() || liveBuild.isPresent()) {
      RuleErrors errors = new RuleErrors(s.rules());
      extras = extras.withFindings(s.configuration().plan().lint(registry.anthology(), registry.texts(), errors::add));
      errors.all().forEach(ruleErrors);
    }
    if (liveBuild.isPresent()) {
      extras = extras.withLiveBuild(liveBuild.get());
    }
    if (options.since().isPresent()) {
      extras = extras.withChanges(
          new Diffing(session).compareWith(options.since().get(), pathSide(), registry, ruleErrors),
          options.since().get());
    }
    var chosen = extras;
    List<Artifact> artifacts = new ArrayList<>(Errors.translate(
        () -> RegistryBuild.artifacts(registry.anthology(), overlaps, options.pageRows(), chosen)));
    artifacts.addAll(Exports.of(registry.anthology(), chosen.date()));
    return artifacts;
  }
}
