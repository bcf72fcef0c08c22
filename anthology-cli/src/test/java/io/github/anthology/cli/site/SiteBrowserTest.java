package io.github.anthology.cli.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The page as a small registry gets it: the table rows are in the HTML itself. */
class SiteBrowserTest extends SitePageTests {
  private static final Path SITE = Path.of("target/browser-site");

  @BeforeAll
  static void build() {
    buildAndOpen(SITE);
  }

  @Override
  Path site() {
    return SITE;
  }

  @Test
  void theRowsAreInTheHtmlItself() throws Exception {
    assertThat(Files.readString(SITE.resolve("index.html"))).contains("<tr id=\"rec-r1\" data-key=\"r1\">");
  }
}
