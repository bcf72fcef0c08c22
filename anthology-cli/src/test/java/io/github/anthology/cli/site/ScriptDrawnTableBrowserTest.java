package io.github.anthology.cli.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The page as a registry above {@code --page-rows} gets it: no rows in the HTML, the script draws
 * them from the embedded data, and everything works as on the small page.
 */
class ScriptDrawnTableBrowserTest extends SitePageTests {
  private static final Path SITE = Path.of("target/browser-site-scripted");

  @BeforeAll
  static void build() {
    buildAndOpen(SITE, "--page-rows", "0");
  }

  @Override
  Path site() {
    return SITE;
  }

  @Test
  void theHtmlCarriesNoRowsOnlyTheData() throws Exception {
    assertThat(Files.readString(SITE.resolve("index.html"))).doesNotContain("<tr id=\"rec-")
        .contains("The table of 8 recommendations is drawn by the page's script");
  }
}
