package io.github.anthology.render.build;

import io.github.anthology.render.site.SiteExtras;
import io.github.anthology.rules.api.Finding;
import io.github.anthology.rules.diff.RegistryDiff;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a build adds to the registry's own documents: a date to print, the changes since a previous
 * version (CHANGELOG.md and the site's "What changed"), a directory of templates to render, the
 * lint findings (for templates and the live preview) and the live preview's build number.
 */
public record BuildOptions(Optional<LocalDate> date, Optional<SiteExtras.Changes> changes, Optional<Path> templates,
    List<Finding> findings, Optional<Long> liveBuild) {
  public static final BuildOptions NONE =
      new BuildOptions(Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty());

  public BuildOptions {
    findings = List.copyOf(findings);
  }

  public BuildOptions withDate(Optional<LocalDate> d) {
    return new BuildOptions(d, changes, templates, findings, liveBuild);
  }

  public BuildOptions withChanges(RegistryDiff diff, String since) {
    return new BuildOptions(date, Optional.of(new SiteExtras.Changes(diff, since)), templates, findings, liveBuild);
  }

  public BuildOptions withTemplates(Optional<Path> dir) {
    return new BuildOptions(date, changes, dir, findings, liveBuild);
  }

  public BuildOptions withFindings(List<Finding> f) {
    return new BuildOptions(date, changes, templates, f, liveBuild);
  }

  public BuildOptions withLiveBuild(long build) {
    return new BuildOptions(date, changes, templates, findings, Optional.of(build));
  }

  SiteExtras siteExtras() {
    return new SiteExtras(changes, liveBuild.isPresent() ? Optional.of(findings) : Optional.empty(), liveBuild);
  }
}
