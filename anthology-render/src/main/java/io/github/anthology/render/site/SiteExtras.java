package io.github.anthology.render.site;

import io.github.anthology.rules.api.Finding;
import io.github.anthology.rules.diff.RegistryDiff;
import java.util.List;
import java.util.Optional;

/**
 * What a page may show beyond the registry: the changes since a previous version ("What changed"),
 * the lint findings (the live preview shows them), and the live preview's build number, with which
 * the page reloads itself when a newer build is served. A plain build has none of these.
 */
public record SiteExtras(Optional<Changes> changes, Optional<List<Finding>> findings, Optional<Long> liveBuild) {
  public static final SiteExtras NONE = new SiteExtras(Optional.empty(), Optional.empty(), Optional.empty());

  /** The changes since a version named {@code since} (a revision or a file, as given). */
  public record Changes(RegistryDiff diff, String since) {}

  public SiteExtras withChanges(RegistryDiff diff, String since) {
    return new SiteExtras(Optional.of(new Changes(diff, since)), findings, liveBuild);
  }
}
