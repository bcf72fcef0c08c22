package io.github.anthology.render.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference's own README templates render unchanged: the same bytes its Jinja2 builder wrote.
 * Its {@code base.md.j2} loops over {@code templates} and includes {@code "sections/" ~ template}.
 */
class ReferenceReadmeTemplatesTest {
  private static final Path REFERENCE = Path.of("src/test/resources/reference-readme");

  @Test
  void theReferenceTemplatesRenderTheReferenceReadmeByteForByte(@TempDir Path tmp) throws IOException {
    Path readme = tmp.resolve("readme");
    Files.createDirectories(readme.resolve("sections"));
    Files.copy(REFERENCE.resolve("readme/base.md.j2"), readme.resolve("base.md.j2"));
    for (String section : new String[] {"introduction.md.j2", "structure.md.j2"}) {
      Files.copy(REFERENCE.resolve("readme/sections").resolve(section), readme.resolve("sections").resolve(section));
    }
    Map<String, String> out = TemplateRenderer.render(new TemplateDirectory(readme, Map.of()), Map.of());
    assertThat(out).containsOnlyKeys("README.md");
    assertThat(out.get("README.md")).isEqualTo(Files.readString(REFERENCE.resolve("README.md")));
  }

  /** The expected text is what Jinja2 3.1 renders with trim_blocks and lstrip_blocks. */
  @Test
  void whitespaceIsTrimmedAsJinjaTrimsIt(@TempDir Path tmp) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("t"));
    Files.writeString(dir.resolve("list.md.j2"), "# {{ title }}\n{% for r in items %}\n- {{ r }}\n{% endfor %}\n"
        + "  {% if x %}\n  yes\n  {% endif %}\n{{ n }} topics\n");
    Map<String, String> out = TemplateRenderer.render(new TemplateDirectory(dir, Map.of()),
        Map.of("title", "T", "items", java.util.List.of("a", "b"), "x", true, "n", 7));
    assertThat(out.get("list.md")).isEqualTo("# T\n- a\n- b\n  yes\n7 topics");
  }

  @Test
  void theRegistrySectionIsTheOneTheBuildProvides() {
    TemplateDirectory dir = new TemplateDirectory(REFERENCE.resolve("readme"),
        Map.of(TemplateDirectory.REGISTRY_SECTION, "# Registry\n\n- one {{ '{{' }} two\n"));
    String readme = TemplateRenderer.render(dir, Map.of()).get("README.md");
    assertThat(readme).contains("\n# Registry\n\n- one {{ two\n## Project Structure");
    assertThat(readme).doesNotContain("Last updated: 2026-08-02");
  }

  @Test
  void aTemplateErrorNamesTheTemplateLineAndColumn(@TempDir Path tmp) throws IOException {
    Path dir = tmp.resolve("readme");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("base.md.j2"), "# Title\n{% if true %}\nok\n{% endif %}\n{{ registry.title | nosuchfilter }}\n");
    assertThatThrownBy(() -> TemplateRenderer.render(new TemplateDirectory(dir, Map.of()), Map.of()))
        .isInstanceOf(TemplateException.class)
        .hasMessageMatching(".*readme/base\\.md\\.j2:5:1: .*nosuchfilter.*");
    Files.writeString(dir.resolve("base.md.j2"), "# Title\n\n{% for x in items %}\n{{ x }}\n");
    assertThatThrownBy(() -> TemplateRenderer.render(new TemplateDirectory(dir, Map.of()), Map.of()))
        .isInstanceOf(TemplateException.class)
        .hasMessageMatching(".*readme/base\\.md\\.j2:[34]:1: .*endfor.*");
  }

  @Test
  void nothingOutsideTheDirectoryCanBeIncluded(@TempDir Path tmp) throws IOException {
    Path dir = tmp.resolve("t");
    Files.createDirectories(dir);
    Files.writeString(tmp.resolve("secret.txt"), "secret");
    Files.writeString(dir.resolve("page.md.j2"), "{% include '../secret.txt' %}");
    assertThatThrownBy(() -> TemplateRenderer.render(new TemplateDirectory(dir, Map.of()), Map.of()))
        .isInstanceOf(TemplateException.class).hasMessageContaining("no template `../secret.txt`");
  }
}
