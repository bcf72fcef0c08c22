package io.github.anthology.cli.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code build --templates}, {@code --previous}, {@code --since} and {@code --date git}. */
class BuildChangelogAndTemplatesTest {
  private static final Path REFERENCE_TEMPLATES = Path.of("../anthology-render/src/test/resources/reference-readme/readme");
  @TempDir Path tmp;

  @Test
  void theReferenceReadmeTemplatesGiveAReadmeWhoseRegistrySectionIsTheRenderedRegistry() throws Exception {
    Path out = tmp.resolve("site");
    CliRun run = CliRun.of("build", "../examples/sota", "--templates", REFERENCE_TEMPLATES.toString(), "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    String readme = Files.readString(out.resolve("README.md"));
    String registry = Files.readString(out.resolve("REGISTRY.md"));
    assertThat(readme).startsWith(Files.readString(REFERENCE_TEMPLATES.resolve("sections/introduction.md.j2")).stripTrailing());
    assertThat(readme).contains("\n" + registry + "## Project Structure\n");
    assertThat(readme).doesNotContain("Last updated: 2026-08-02");
  }

  @Test
  void aTemplateErrorIsOneLineWithTemplateLineAndColumn() throws Exception {
    Path templates = Files.createDirectories(tmp.resolve("docs"));
    Files.writeString(templates.resolve("page.md.j2"), "# {{ registry.title }}\n{% for r in recommendations %}\n- {{ r.text }}\n");
    CliRun run = CliRun.of("build", "../examples/sota", "--templates", templates.toString(), "--out", tmp.resolve("o").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).matches(".*docs/page\\.md\\.j2:\\d+:\\d+: [^\\n]*endfor[^\\n]*\\n");
    assertThat(tmp.resolve("o/REGISTRY.md")).doesNotExist();
  }

  @Test
  void theDataModelReachesATemplate() throws Exception {
    Path templates = Files.createDirectories(tmp.resolve("t"));
    Files.writeString(templates.resolve("list.md.j2"), "# {{ registry.title }}\n{% for r in recommendations_by_status.standard %}\n"
        + "- {{ r.text }} ({{ r.topic }}, {{ r.paper.arxiv_id }})\n{% endfor %}\n{{ topics | length }} topics\n");
    Path out = tmp.resolve("o");
    assertThat(CliRun.of("build", "../examples/sota", "--templates", templates.toString(), "--out", out.toString()).exitCode()).isZero();
    assertThat(Files.readString(out.resolve("list.md")))
        .startsWith("# ML Training Recommendations Registry\n- Start from Adam-family optimizers")
        .contains("(training-optimization, 1412.6980)");
  }

  @Test
  void aPreviousVersionAddsTheChangelogAndTheWhatChangedSection() throws Exception {
    Path previous = Files.createDirectories(tmp.resolve("previous"));
    for (String f : new String[] {"research.yaml", "taxonomy.yaml"}) {
      Files.writeString(previous.resolve(f), Files.readString(Path.of("../examples/sota").resolve(f))
          .replace("Switch to running statistics at inference time", "Use running statistics at inference"));
    }
    Path out = tmp.resolve("site");
    CliRun run = CliRun.of("build", "../examples/sota", "--previous", previous.toString(), "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(out.resolve("CHANGELOG.md"))).startsWith("# Changelog\n\n## Changes since ")
        .contains("*reworded* \"Use running statistics at inference\" → \"Switch to running statistics at inference time\"");
    assertThat(Files.readString(out.resolve("index.html"))).contains("<h2>What changed</h2>")
        .contains("<em>reworded</em> Use running statistics at inference → Switch to running statistics at inference time");
  }

  @Test
  void withoutAPreviousVersionThereIsNoChangelog() throws Exception {
    Path out = tmp.resolve("site");
    assertThat(CliRun.of("build", "../examples/sota", "--out", out.toString()).exitCode()).isZero();
    assertThat(out.resolve("CHANGELOG.md")).doesNotExist();
    assertThat(Files.readString(out.resolve("index.html"))).doesNotContain("What changed").doesNotContain("connect-src");
  }
}
