package io.github.anthology.cli.site;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium for browser tests, from the Debian packages {@code chromium} and
 * {@code chromium-driver}. Without them a test is skipped, unless the CI variable is set: there
 * the browser test must run, so a missing browser is a failure.
 */
final class Chromium {
  static final Path BINARY = locate("anthology.chromium", "ANTHOLOGY_CHROMIUM", "/usr/bin/chromium");
  static final Path DRIVER = locate("anthology.chromedriver", "ANTHOLOGY_CHROMEDRIVER", "/usr/bin/chromedriver");

  private Chromium() {}

  /** A system property, else an environment variable, else the Debian package's path. */
  private static Path locate(String property, String variable, String standard) {
    String env = System.getenv(variable);
    return Path.of(System.getProperty(property, env == null || env.isBlank() ? standard : env));
  }

  static void requireOrSkip() {
    boolean present = Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
    String missing = BINARY + " and " + DRIVER + " (apt-get install -y chromium chromium-driver)";
    if (System.getenv("CI") != null) {
      assertTrue(present, "CI is set, so the browser test must run, but Chromium is missing: " + missing);
    }
    assumeTrue(present, "Skipping the browser test: Chromium is not installed at " + missing
        + "; set CI=true to make this a failure instead");
  }

  static ChromeDriver start() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,1400");
    // An alert left open must stay detectable rather than be dismissed behind the test's back.
    options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString())).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return driver;
  }
}
