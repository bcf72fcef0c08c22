package io.github.anthology.render.build;

import io.github.anthology.model.Anthology;
import io.github.anthology.render.markdown.RegistryMarkdown;
import io.github.anthology.render.markdown.TopicsMarkdown;
import io.github.anthology.render.site.MergeSuggestions;
import io.github.anthology.render.site.SiteRenderer;
import io.github.anthology.render.text.TextOut;
import io.github.anthology.render.view.RegistryView;
import io.github.anthology.rules.api.Finding;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The documents and site rendered from one anthology: REGISTRY.md, TOPICS.md and
 * index.html. The same anthology and date always give the same bytes; without a date, no date is
 * written at all.
 */
public final class RegistryBuild {
  public static final String REGISTRY_MD = "REGISTRY.md";
  public static final String TOPICS_MD = "TOPICS.md";

  private RegistryBuild() {}

  /** The artifacts, drawing merge suggestions from the overlap rule with its default options. */
  public static List<Artifact> artifacts(Anthology anthology, Optional<LocalDate> date) {
    return artifacts(anthology, () -> MergeSuggestions.lint(anthology), date, SiteRenderer.ROWS_IN_PAGE);
  }

  /** The artifacts, drawing merge suggestions from the given {@code taxonomy/overlap-merge} findings. */
  public static List<Artifact> artifacts(Anthology anthology, List<Finding> overlapFindings, Optional<LocalDate> date) {
    return artifacts(anthology, () -> overlapFindings, date, SiteRenderer.ROWS_IN_PAGE);
  }

  /**
   * The artifacts, drawing merge suggestions from {@code taxonomy/overlap-merge} findings worked out
   * only when the site is rendered (so, in a parallel build, beside the other documents); the site
   * carries at most {@code rowsInPage} table rows as HTML (see {@link SiteRenderer#write}).
   */
  public static List<Artifact> artifacts(Anthology anthology, Supplier<List<Finding>> overlapFindings,
      Optional<LocalDate> date, int rowsInPage) {
    return artifacts(anthology, overlapFindings, rowsInPage, BuildOptions.NONE.withDate(date));
  }

  /**
   * The artifacts with the options' extras: CHANGELOG.md and "What changed" when there are changes,
   * the documents of a template directory (which take the place of built-in ones of the same name).
   */
  public static List<Artifact> artifacts(Anthology anthology, Supplier<List<Finding>> overlapFindings, int rowsInPage,
      BuildOptions options) {
    RegistryView view = RegistryView.of(anthology);
    Optional<LocalDate> date = options.date();
    Map<String, Artifact> out = new LinkedHashMap<>();
    out.put(REGISTRY_MD, new Artifact(REGISTRY_MD, text(md -> RegistryMarkdown.write(view, date, md))));
    out.put(TOPICS_MD, new Artifact(TOPICS_MD, text(md -> TopicsMarkdown.write(view, md))));
    out.put(SiteRenderer.INDEX, new Artifact(SiteRenderer.INDEX,
        text(html -> SiteRenderer.write(view, overlapFindings.get(), date, rowsInPage, options.siteExtras(), html))));
    ExtraArtifacts.changelog(options).ifPresent(c -> out.put(ExtraArtifacts.CHANGELOG_MD,
        new Artifact(ExtraArtifacts.CHANGELOG_MD, w -> w.write(c))));
    if (options.templates().isPresent()) {
      String registryMd = out.get(REGISTRY_MD).text();
      ExtraArtifacts.templates(view, options, registryMd, out.get(TOPICS_MD).text()).forEach(a -> out.put(a.path(), a));
    }
    return List.copyOf(out.values());
  }

  private static Artifact.Content text(Consumer<TextOut> renderer) {
    return out -> {
      try (TextOut text = out instanceof TextOut t ? t : new TextOut(out)) {
        renderer.accept(text);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    };
  }
}
