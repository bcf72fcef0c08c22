package io.github.anthology.cli.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.api.Workspace;
import io.github.anthology.api.build.BuildOptions;
import io.github.anthology.api.build.Preview;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The live preview in headless Chromium: the page shows the registry and its lint findings, and
 * when research.yaml is edited the open page shows the change by itself, with no reload by hand.
 */
class ServeBrowserTest {
  private static final Path REGISTRY = Path.of("target/serve-registry");
  private static final Path OUT = Path.of("target/serve-site");
  private static final String BEFORE = "Start from Adam-family optimizers with default betas before tuning";
  private static final String AFTER = "Start from AdamW with decoupled weight decay, edited while the page was open";

  @Test
  void anEditOfResearchYamlShowsInTheOpenPageWithinSecondsWithoutAManualReload() throws Exception {
    Chromium.requireOrSkip();
    fresh(REGISTRY);
    fresh(OUT);
    for (String f : List.of("research.yaml", "taxonomy.yaml")) {
      Files.copy(Path.of("../examples/sota").resolve(f), REGISTRY.resolve(f));
    }
    ConcurrentLinkedQueue<String> log = new ConcurrentLinkedQueue<>();
    ChromeDriver driver = null;
    try (Preview preview = Workspace.builder().input(REGISTRY).build().serve(BuildOptions.into(OUT), 0, log::add)) {
      assertThat(preview.url()).startsWith("http://127.0.0.1:");
      driver = Chromium.start();
      driver.get(preview.url());
      assertThat(driver.findElement(By.id("recommendations")).getText()).contains(BEFORE);
      assertThat(driver.findElement(By.id("findings")).getText()).startsWith("Lint findings");
      String build = driver.findElement(By.cssSelector("meta[name=anthology-build]")).getAttribute("content");

      Path research = REGISTRY.resolve("research.yaml");
      Files.writeString(research, Files.readString(research).replace(BEFORE, AFTER), StandardCharsets.UTF_8);

      ChromeDriver page = driver;
      // the page replaces itself when it reloads: an element found just before may be gone when read
      // (stale, missing, or Chrome's "node does not belong to the document"), so any driver error mid-reload is retried
      new WebDriverWait(driver, Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(200))
          .ignoring(WebDriverException.class)
          .until(d -> page.findElement(By.id("recommendations")).getText().contains(AFTER));
      assertThat(driver.findElement(By.id("recommendations")).getText()).doesNotContain(BEFORE);
      assertThat(driver.findElement(By.cssSelector("meta[name=anthology-build]")).getAttribute("content")).isNotEqualTo(build);
      assertThat(driver.manage().logs().get("browser").getAll()).noneMatch(e -> e.getMessage().contains("Content Security Policy"));
    } finally {
      if (driver != null) {
        driver.quit();
      }
    }
    assertThat(log).contains("build 1 served", "build 2 served");
  }

  private static void fresh(Path dir) throws Exception {
    if (Files.exists(dir)) {
      try (Stream<Path> all = Files.walk(dir)) {
        for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(dir);
  }
}
