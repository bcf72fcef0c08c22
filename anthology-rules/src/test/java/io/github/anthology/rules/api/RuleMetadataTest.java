package io.github.anthology.rules.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.rules.builtin.naming.FormatRule;
import org.junit.jupiter.api.Test;

class RuleMetadataTest {
  @Test
  void aBuiltInRuleLinksToItsPageUnderTheProjectsDocumentationAddress() {
    assertThat(new FormatRule().metadata().documentationUrl())
        .contains("https://github.com/anthology/anthology/blob/main/docs/rules/naming/format.md")
        .contains(ProjectSite.docs() + "rules/naming/format.md");
  }

  @Test
  void theDocumentationAddressIsTheProjectsAddressFromTheBuild() {
    assertThat(ProjectSite.url()).isEqualTo("https://github.com/anthology/anthology");
    assertThat(ProjectSite.docs()).startsWith(ProjectSite.url()).endsWith("/docs/");
  }

  @Test
  void aRuleOutsideTheBuiltInsHasNoLinkUnlessItDeclaresOne() {
    assertThat(new Undocumented().metadata().documentationUrl()).isEmpty();
    assertThat(new Documented().metadata().documentationUrl()).contains("https://rules.example/acme/documented");
  }

  @Test
  void theFormerConstructorStillMakesMetadataWithoutALink() {
    RuleMetadata old = new RuleMetadata("a/b", "a", "s", Severity.INFO, "0.1.0", false, "recommended",
        java.util.List.of());
    assertThat(old.documentationUrl()).isEmpty();
  }

  @RuleInfo(id = "acme/undocumented", summary = "s", severity = Severity.INFO)
  static final class Undocumented implements Rule {
    @Override
    public void check(RuleContext ctx) {}
  }

  @RuleInfo(id = "acme/documented", summary = "s", severity = Severity.INFO,
      documentationUrl = "https://rules.example/acme/documented")
  static final class Documented implements Rule {
    @Override
    public void check(RuleContext ctx) {}
  }
}
