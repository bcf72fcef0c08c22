package io.github.anthology.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.anthology.api.build.BuildOptions;
import io.github.anthology.api.build.BuildResult;
import io.github.anthology.api.build.Preview;
import io.github.anthology.api.diff.DiffOptions;
import io.github.anthology.api.diff.DiffResult;
import io.github.anthology.api.lint.LintFinding;
import io.github.anthology.api.lint.LintResult;
import io.github.anthology.api.rules.RuleDescription;
import io.github.anthology.api.testing.AcmePlugin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginRulesTest {
  @TempDir Path dir;
  Path registry;
  Path acme;

  @BeforeEach
  void registryAndPlugin() throws Exception {
    registry = AcmePlugin.registry(dir);
    acme = AcmePlugin.working(dir.resolve("acme-rules.jar"));
  }

  private WorkspaceBuilder withAcme() {
    return Workspace.builder().input(registry).plugin(acme);
  }

  @Test
  void aPluginJarBuiltFromSourceReportsItsFindingsBesideTheBuiltInOnes() throws Exception {
    LintResult without = Workspace.builder().input(registry).build().lint();
    LintResult with = withAcme().build().lint();

    assertThat(with.findings()).filteredOn(f -> f.ruleId().equals(AcmePlugin.SHORT_TITLE))
        .extracting(LintFinding::message).containsExactly("title `Switch` is one word; give the paper's full title");
    assertThat(with.findings()).filteredOn(f -> !f.ruleId().startsWith("acme/"))
        .containsExactlyElementsOf(without.findings());
  }

  @Test
  void theCatalogueListsThePluginsRuleWithItsPluginAndDocumentation() throws Exception {
    RuleCatalogue rules = withAcme().build().rules();

    assertThat(rules.list()).filteredOn(r -> r.id().equals(AcmePlugin.SHORT_TITLE)).singleElement()
        .satisfies(r -> {
          assertThat(r.plugin()).contains(acme.toString());
          assertThat(r.documentationUrl()).contains(AcmePlugin.SHORT_TITLE_URL);
        });
    assertThat(rules.list()).filteredOn(r -> r.id().equals("naming/format")).extracting(RuleDescription::plugin)
        .containsExactly(java.util.Optional.empty());
    assertThat(rules.table()).contains(AcmePlugin.SHORT_TITLE).contains("A test rule.");
    assertThat(rules.explain(AcmePlugin.SHORT_TITLE)).isEqualTo(AcmePlugin.SHORT_TITLE_PAGE);
  }

  @Test
  void everyReportLinksThePluginsRuleToTheAddressItDeclares() throws Exception {
    Workspace workspace = withAcme().failOn(io.github.anthology.api.lint.Level.WARNING).build();
    LintResult result = workspace.lint();

    JsonNode sarif = new ObjectMapper().readTree(workspace.formatter("sarif").format(result));
    JsonNode rule = null;
    for (JsonNode r : sarif.at("/runs/0/tool/driver/rules")) {
      if (r.get("id").asText().equals(AcmePlugin.SHORT_TITLE)) {
        rule = r;
      }
    }
    assertThat(rule).isNotNull();
    assertThat(rule.get("helpUri").asText()).isEqualTo(AcmePlugin.SHORT_TITLE_URL);
    assertThat(workspace.formatter("text").format(result)).contains(AcmePlugin.SHORT_TITLE + ": " + AcmePlugin.SHORT_TITLE_URL);
    assertThat(workspace.formatter("github").format(result)).contains("(" + AcmePlugin.SHORT_TITLE_URL + ")");
    assertThat(workspace.formatter("junit").format(result)).contains(AcmePlugin.SHORT_TITLE_URL);
    for (String format : Workspace.reportFormats()) {
      assertThat(workspace.formatter(format).format(result)).as(format).contains(AcmePlugin.SHORT_TITLE);
    }
  }

  @Test
  void aRuleThatDeclaresNoAddressGetsNoLinkRatherThanOneIntoAnthologysPages() throws Exception {
    Path other = AcmePlugin.withRuleId(dir.resolve("other.jar"), "other/quiet");
    Workspace workspace = Workspace.builder().input(registry).plugin(other).build();

    JsonNode sarif = new ObjectMapper().readTree(workspace.formatter("sarif").format(workspace.lint()));
    for (JsonNode r : sarif.at("/runs/0/tool/driver/rules")) {
      if (r.get("id").asText().equals("other/quiet")) {
        assertThat(r.has("helpUri")).isFalse();
      } else {
        assertThat(r.get("helpUri").asText()).startsWith("https://github.com/anthology/anthology/blob/main/docs/rules/");
      }
    }
    assertThatThrownBy(() -> workspace.rules().explain("other/quiet")).isInstanceOf(AnthologyException.class)
        .hasMessage("rule `other/quiet` has no documentation page (docs/rules/other/quiet.md in plugin " + other + ")");
  }

  @Test
  void aRuleThatThrowsIsNamedWithItsPluginAndTheOtherRulesFindingsAreAllKept() throws Exception {
    Path broken = AcmePlugin.throwing(dir.resolve("broken.jar"));
    LintResult result = withAcme().plugin(broken).build().lint();

    assertThat(result.ruleErrors()).singleElement().satisfies(e -> {
      assertThat(e.plugin()).contains(broken.toString());
      assertThat(e.message()).isEqualTo("rule `acme-broken/always-throws` of plugin " + broken + " failed:"
          + " IllegalStateException: the index is not what this rule expected; its findings may be incomplete,"
          + " the other rules' are all reported");
    });
    assertThat(result.findings()).extracting(LintFinding::ruleId).contains(AcmePlugin.SHORT_TITLE)
        .containsAll(Workspace.builder().input(registry).build().lint().findings().stream()
            .map(LintFinding::ruleId).toList());
  }

  @Test
  void aRuleThatThrowsWhileADiffLintsBothVersionsIsNamedInTheDiffsResult() throws Exception {
    Path broken = AcmePlugin.throwing(dir.resolve("broken.jar"));
    Path copy = Files.createDirectories(dir.resolve("copy"));
    try (var files = Files.list(registry)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, copy.resolve(f.getFileName()));
      }
    }
    Workspace workspace = Workspace.builder().plugin(broken).build();

    DiffResult diff = workspace.diff(DiffOptions.between(copy.toString(), registry.toString()));

    assertThat(diff.ruleErrors()).singleElement().satisfies(e -> {
      assertThat(e.ruleId()).isEqualTo("acme-broken/always-throws");
      assertThat(e.plugin()).contains(broken.toString());
    });
    assertThat(Workspace.builder().build().diff(DiffOptions.between(copy.toString(), registry.toString()))
        .ruleErrors()).isEmpty();
  }

  @Test
  void aRuleThatThrowsWhileABuildLintsForItsTemplatesIsNamedInTheBuildsResult() throws Exception {
    Path broken = AcmePlugin.throwing(dir.resolve("broken.jar"));
    Path templates = Files.createDirectories(dir.resolve("templates"));
    Files.writeString(templates.resolve("NOTES.md.j2"), "{{ findings | length }} findings\n");
    Path out = dir.resolve("site");

    BuildResult result = withAcme().plugin(broken).build()
        .build(BuildOptions.into(out).withTemplates(templates));

    assertThat(result.files()).contains("NOTES.md");
    assertThat(result.ruleErrors()).singleElement()
        .satisfies(e -> assertThat(e.plugin()).contains(broken.toString()));
    assertThat(withAcme().build().build(BuildOptions.into(dir.resolve("site2")).withTemplates(templates))
        .ruleErrors()).isEmpty();
  }

  @Test
  void aRuleThatThrowsWhileThePreviewLintsIsLoggedWithItsBuild() throws Exception {
    Path broken = AcmePlugin.throwing(dir.resolve("broken.jar"));
    ConcurrentLinkedQueue<String> log = new ConcurrentLinkedQueue<>();

    try (Preview preview = withAcme().plugin(broken).build().serve(BuildOptions.into(dir.resolve("preview")), 0,
        log::add)) {
      assertThat(preview.build()).isEqualTo(1);
    }

    assertThat(log).anySatisfy(line -> assertThat(line)
        .startsWith("rule `acme-broken/always-throws` of plugin " + broken + " failed: IllegalStateException"));
  }

  @Test
  void theConfigurationsPluginsAreLoadedRelativeToIt() throws Exception {
    Files.createDirectories(registry.resolve("lib"));
    Files.copy(acme, registry.resolve("lib/acme.jar"));
    Files.writeString(registry.resolve("anthology.yaml"), "plugins: [lib/acme.jar]\nrules:\n  acme/short-title: error\n");

    LintResult result = Workspace.builder().input(registry).build().lint();

    assertThat(result.findings()).filteredOn(f -> f.ruleId().equals(AcmePlugin.SHORT_TITLE))
        .extracting(f -> f.level().label()).containsExactly("error");
  }
}
