package io.github.anthology.api.internal.build;

import io.github.anthology.api.AnthologyException;
import io.github.anthology.api.build.BuildOptions;
import io.github.anthology.api.build.BuildResult;
import io.github.anthology.api.internal.Errors;
import io.github.anthology.api.internal.Selection;
import io.github.anthology.api.internal.Session;
import io.github.anthology.io.LoadedRegistry;
import io.github.anthology.render.build.Artifact;
import io.github.anthology.render.build.RegistryBuild;
import io.github.anthology.render.site.MergeSuggestions;
import io.github.anthology.rules.api.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A build: REGISTRY.md, TOPICS.md, the exports and the site, from the selected inputs; the site's
 * taxonomy graph suggests the merges the configured overlap rule would ask for.
 */
public final class Building {
  private final Session session;

  /**
   * @param session the workspace's session
   */
  public Building(Session session) {
    this.session = session;
  }

  /**
   * @param options where and how
   * @return what was written
   * @throws AnthologyException when configuration, an input or the output cannot be used
   */
  public BuildResult build(BuildOptions options) throws AnthologyException {
    Selection s = session.selection();
    LoadedRegistry registry = session.readSelected();
    Supplier<List<Finding>> overlaps = () -> MergeSuggestions.lint(registry.anthology(), s.configuration().plan());
    List<Artifact> artifacts = new ArrayList<>(
        RegistryBuild.artifacts(registry.anthology(), overlaps, options.date(), options.pageRows()));
    artifacts.addAll(Exports.of(registry.anthology(), options.date()));
    Path out = session.options().resolve(options.out());
    try {
      return new BuildResult(out, ArtifactWriter.write(out, artifacts, options.progress()));
    } catch (IOException e) {
      throw Errors.cannotWrite(out, e);
    }
  }
}
