package io.github.anthology.cli.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.anthology.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The built site in a real (headless) browser, opened from file:// as a curator would; each
 * subclass builds the page one way, and every page must behave the same.
 */
abstract class SitePageTests {
  static final String HOSTILE = "<img src=x onerror=alert(1)>";
  static final String FIXTURE = "src/test/resources/fixtures/site";
  private static ChromeDriver driver;

  /** Builds the fixture with the given extra arguments into {@code site} and starts the browser. */
  static void buildAndOpen(Path site, String... options) {
    Chromium.requireOrSkip();
    List<String> args = new java.util.ArrayList<>(List.of("build", FIXTURE, "--out", site.toString()));
    args.addAll(List.of(options));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    driver = Chromium.start();
  }

  @AfterAll
  static void close() {
    if (driver != null) {
      driver.quit();
      driver = null;
    }
  }

  /** The directory the page was built into. */
  abstract Path site();

  @BeforeEach
  void load() {
    driver.get(site().resolve("index.html").toAbsolutePath().toUri().toString());
  }

  private static List<String> column(String css) {
    return driver.findElements(By.cssSelector("#recommendations tbody tr " + css)).stream().map(WebElement::getText).toList();
  }

  private static String count() {
    return driver.findElement(By.id("result-count")).getText();
  }

  private static void select(String id, String value) {
    new Select(driver.findElement(By.id(id))).selectByValue(value);
  }

  private static void sortBy(String key) {
    driver.findElement(By.cssSelector("th[data-sort=" + key + "] button")).click();
  }

  @Test
  void everyRecommendationIsVisibleOnFirstLoad() {
    assertThat(column(".rec-text")).hasSize(8).contains("Clip gradients at norm one", HOSTILE);
    assertThat(count()).isEqualTo("8 of 8 recommendations");
  }

  @Test
  void typingInTheSearchBoxNarrowsTheResults() {
    driver.findElement(By.id("search")).sendKeys("gradients");

    assertThat(column(".rec-text")).containsExactly("Clip gradients at norm one", "Clip gradients adaptively");
    assertThat(count()).isEqualTo("2 of 8 recommendations");

    driver.findElement(By.id("search")).sendKeys(" adaptive");
    assertThat(column(".rec-text")).containsExactly("Clip gradients adaptively");
  }

  @Test
  void searchAlsoMatchesPaperAuthorAndId() {
    driver.findElement(By.id("search")).sendKeys("mallory");
    assertThat(column(".rec-text")).hasSize(2);

    driver.findElement(By.id("search")).clear();
    driver.findElement(By.id("search")).sendKeys("MLR-2021-Circle002");
    assertThat(column(".rec-text")).containsExactly("Clip gradients adaptively");
  }

  @Test
  void theTopicFilterKeepsOnlyThatTopic() {
    select("filter-topic", "data-pipeline");

    assertThat(column(".topic")).containsOnly("data-pipeline").hasSize(2);
  }

  @Test
  void theStatusFilterKeepsOnlyThatStatus() {
    select("filter-status", "deprecated");

    assertThat(column(".status")).containsOnly("deprecated").hasSize(3);
    select("filter-status", "experimental");
    assertThat(column(".rec-text")).containsExactly("Try the new optimizer on small models first");
  }

  @Test
  void theYearFilterKeepsOnlyThatYear() {
    select("filter-year", "2021");

    assertThat(column(".year")).containsOnly("2021").hasSize(3);
  }

  @Test
  void filtersAndSearchCombine() {
    select("filter-topic", "model-stability");
    select("filter-status", "standard");

    assertThat(column(".rec-text")).containsExactly("Zero-initialise the last layer of each residual branch");
    assertThat(count()).isEqualTo("1 of 8 recommendations");
  }

  @Test
  void clickingAColumnHeaderSortsAndClickingAgainReverses() {
    sortBy("year");
    assertThat(column(".year")).isSorted();
    assertThat(driver.findElement(By.cssSelector("th[data-sort=year]")).getAttribute("aria-sort")).isEqualTo("ascending");

    sortBy("year");
    assertThat(column(".year")).containsExactly("2022", "2022", "2021", "2021", "2021", "2020", "2020", "2019");

    sortBy("status");
    assertThat(column(".status")).containsExactly("experimental", "standard", "standard", "standard", "standard",
        "deprecated", "deprecated", "deprecated");

    sortBy("text");
    assertThat(column(".rec-text").get(0)).isEqualTo(HOSTILE);
    assertThat(column(".rec-text").get(7)).isEqualTo("Zero-initialise the last layer of each residual branch");
  }

  @Test
  void hostileTextIsShownAsTextAndRunsNothing() {
    assertNoAlertAndNoImage();
    assertThat(driver.findElements(By.xpath("//span[@class='rec-text' and text()='" + HOSTILE + "']"))).hasSize(1);

    driver.findElement(By.id("view-cards")).click();
    assertNoAlertAndNoImage();
    WebElement card = driver.findElement(By.xpath("//article[p[text()='" + HOSTILE + "']]"));
    assertThat(card.isDisplayed()).isTrue();
    assertThat(card.getText()).contains("Hostile <b>Title</b> & Co");
  }

  private static void assertNoAlertAndNoImage() {
    assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    assertThat((Long) driver.executeScript("return document.images.length")).isZero();
  }

  @Test
  void cardsShowSupersessionChainsArxivLinksAndRelatedRecommendations() {
    driver.findElement(By.id("view-cards")).click();

    assertThat(driver.findElement(By.id("recommendations")).isDisplayed()).isFalse();
    assertThat(driver.findElements(By.cssSelector("#cards .card"))).hasSize(8);
    String loop = driver.findElement(By.xpath("//article[p[text()='Clip gradients at norm one']]")).getText();
    assertThat(loop).contains("SUPERSEDED BY (A CYCLE)").contains("MLR-2021-Circle002-0001")
        .contains("SAME TOPIC").contains("Zero-initialise the last layer of each residual branch");
    WebElement old = driver.findElement(By.xpath("//article[p[text()='Use the old optimizer with warm restarts']]"));
    assertThat(old.findElements(By.tagName("a"))).extracting(a -> a.getAttribute("href"))
        .contains("https://arxiv.org/abs/1901.00001", "https://arxiv.org/abs/2201.00002");
    String betas = driver.findElement(By.xpath("//article[p[text()=\"Use the new optimizer's default betas\"]]")).getText();
    assertThat(betas).contains("SAME PAPER").contains("Try the new optimizer on small models first");
  }

  @Test
  void theTaxonomyGraphIsDrawnAndClickingATopicFiltersByIt() {
    List<WebElement> topics = driver.findElements(By.cssSelector("#taxonomy-graph g.topic"));
    assertThat(topics).extracting(t -> t.getAttribute("data-topic"))
        .containsExactly("training-optimization", "model-stability", "data-pipeline", "attention-techniques", "attention");

    topics.get(2).click();

    assertThat(new Select(driver.findElement(By.id("filter-topic"))).getFirstSelectedOption().getText()).isEqualTo("data-pipeline");
    assertThat(column(".topic")).containsOnly("data-pipeline").hasSize(2);
  }

  @Test
  void aScreenshotIsSavedAsATestArtifact() throws IOException {
    Path shot = site().resolveSibling(site().getFileName() + "-screenshot.png");
    Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
    driver.findElement(By.id("view-cards")).click();
    Path cards = site().resolveSibling(site().getFileName() + "-cards-screenshot.png");
    Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), cards, StandardCopyOption.REPLACE_EXISTING);

    assertThat(Files.size(shot)).isGreaterThan(10_000);
    assertThat(Files.size(cards)).isGreaterThan(10_000);
  }
}
