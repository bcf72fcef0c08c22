package io.github.anthology.render.build;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.anthology.render.diff.DiffJson;
import io.github.anthology.render.diff.DiffMarkdown;
import io.github.anthology.render.site.SiteExtras;
import io.github.anthology.render.template.TemplateDirectory;
import io.github.anthology.render.template.TemplateModel;
import io.github.anthology.render.template.TemplateRenderer;
import io.github.anthology.render.view.RegistryView;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** CHANGELOG.md from the changes since a previous version, and the documents of a template directory. */
final class ExtraArtifacts {
  static final String CHANGELOG_MD = "CHANGELOG.md";
  private static final ObjectMapper JSON = new ObjectMapper();

  private ExtraArtifacts() {}

  static Optional<String> changelog(BuildOptions options) {
    return options.changes().map(c -> "# Changelog\n\n" + DiffMarkdown.render(c.diff(), "Changes since " + c.since()));
  }

  /**
   * The documents a template directory renders to. The section {@code sections/registry.md.j2} is
   * the registry as this build renders it (REGISTRY.md), as the reference's builder wrote it there.
   */
  static List<Artifact> templates(RegistryView view, BuildOptions options, String registryMd, String topicsMd) {
    if (options.templates().isEmpty()) {
      return List.of();
    }
    TemplateDirectory dir = new TemplateDirectory(options.templates().get(),
        Map.of(TemplateDirectory.REGISTRY_SECTION, "{{ registry_section }}"));
    Map<String, Object> model = new java.util.LinkedHashMap<>(TemplateModel.of(view, new TemplateModel.Documents(
        registryMd, topicsMd, changelog(options), options.changes().map(ExtraArtifacts::asMap), options.findings(),
        options.date())));
    model.put("registry_section", registryMd.endsWith("\n") ? registryMd.substring(0, registryMd.length() - 1) : registryMd);
    List<Artifact> out = new ArrayList<>();
    TemplateRenderer.render(dir, model).forEach((name, text) -> out.add(new Artifact(name, w -> w.write(text))));
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(SiteExtras.Changes c) {
    try {
      return JSON.readValue(DiffJson.render(c.diff(), c.since(), "."), Map.class);
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
