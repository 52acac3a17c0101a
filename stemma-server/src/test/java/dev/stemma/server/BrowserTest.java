package dev.stemma.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stemma.ingest.Article;
import dev.stemma.ingest.Inputs;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * End to end in a real headless Chromium: the five seed articles posted through the API, then the
 * story list, the story with its lineage tree, the side-by-side view and the paste box, as a
 * reader would use them. Each page is saved under target/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ORIGIN = "000_67a985325033fb28";
  private static final String SPUN_1 = "001_246f3351ffaac2ed";
  private static final String SPUN_2 = "002_0f233200d26df207";

  private StemmaServer server;
  private Browser browser;
  private WebDriverWait wait;
  private String base;
  private List<Article> seeds;

  @BeforeAll
  void start(@TempDir Path data) throws Exception {
    Path seedFolder = Repo.seeds();
    browser = Browser.start();
    wait = new WebDriverWait(browser.driver, Duration.ofSeconds(60));
    server = StemmaServer.start(ServerOptions.of(data, 0));
    base = "http://127.0.0.1:" + server.port() + "/";
    seeds = Inputs.installed().read(List.of(seedFolder)).articles();
    Http http = new Http(server.port());
    for (Article a : seeds) {
      ObjectNode body = JSON.createObjectNode().put("id", a.id()).put("text", a.text());
      assertThat(http.post("/api/articles", body.toString()).status()).isEqualTo(201);
    }
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  @Order(1)
  void theSeedsShowAsOneStoryOfFiveWithTheirFamilyDrawnAndTheRewritesSideBySide() {
    assertThat(seeds).hasSize(5);
    // the story list: one story of five articles
    browser.driver.get(base);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#story-list .story-item")));
    List<WebElement> stories = browser.driver.findElements(By.cssSelector("#story-list .story-item"));
    browser.screenshot("1-story-list");
    assertThat(stories).hasSize(1);
    assertThat(stories.get(0).findElement(By.cssSelector(".size")).getText()).isEqualTo("5 articles");

    // the story: the copy family {000, 001, 002} drawn from 000, with 003 and 004 as their own roots
    stories.get(0).findElement(By.cssSelector("a.story-link")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#families .family")));
    browser.screenshot("2-story");
    List<WebElement> families = browser.driver.findElements(By.cssSelector("#families .family"));
    assertThat(families).hasSize(3);
    WebElement copies = families.get(0);
    assertThat(copies.getDomAttribute("data-members")).isEqualTo(String.join(" ", ORIGIN, SPUN_1, SPUN_2));
    WebElement root = copies.findElement(By.cssSelector("ul.tree > li > .node.root"));
    assertThat(root.getDomAttribute("data-article")).isEqualTo(ORIGIN);
    List<String> below = copies.findElements(By.cssSelector("ul.tree > li > ul .node")).stream()
        .map(n -> n.getDomAttribute("data-article")).sorted().toList();
    assertThat(below).containsExactly(SPUN_1, SPUN_2);
    assertThat(copies.findElements(By.cssSelector(".badge.rewrite"))).hasSize(2);
    assertThat(families.subList(1, 3)).allSatisfy(f -> assertThat(f.findElements(By.cssSelector(".node"))).hasSize(1));

    // the side-by-side view of 000 and 002: highlighted pairs in both columns
    browser.driver.get(base + "#/compare/" + ORIGIN + "/" + SPUN_2);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#col-a mark")));
    browser.screenshot("3-side-by-side");
    List<WebElement> left = browser.driver.findElements(By.cssSelector("#col-a mark"));
    List<WebElement> right = browser.driver.findElements(By.cssSelector("#col-b mark"));
    assertThat(left).hasSizeGreaterThan(3);
    assertThat(right).hasSameSizeAs(left);
    assertThat(browser.driver.findElement(By.id("relation")).getText()).isEqualTo("rewrite");
    assertThat(browser.driver.findElements(By.cssSelector("mark.reworded"))).isNotEmpty();
    String firstPair = left.get(0).getDomAttribute("data-pair");
    assertThat(browser.driver.findElements(By.cssSelector("#col-b mark[data-pair='" + firstPair + "']"))).hasSize(1);
  }

  @Test
  @Order(2)
  void theSideBySideColumnsScrollTogether() {
    browser.driver.get(base + "#/compare/" + ORIGIN + "/" + SPUN_1);
    wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("#sbs[data-compare='" + ORIGIN + " " + SPUN_1 + "'] mark")));
    Object moved = browser.driver.executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "const a = document.getElementById('col-a'), b = document.getElementById('col-b');"
            + "a.scrollTop = (a.scrollHeight - a.clientHeight) / 2;"
            + "setTimeout(() => done([a.scrollTop, b.scrollTop, b.scrollHeight - b.clientHeight].join(' ')), 500);");
    String[] tops = moved.toString().split(" ");
    assertThat(Double.parseDouble(tops[0])).as("the left column scrolled").isGreaterThan(0);
    // the right column followed to the same share of its length (half), within a line
    assertThat(Double.parseDouble(tops[1])).isCloseTo(Double.parseDouble(tops[2]) / 2, org.assertj.core.data.Offset.offset(30.0));
  }

  @Test
  @Order(3)
  void aPastedArticleShowsWhatItMatchesAtOnce() {
    Article spun = seeds.stream().filter(a -> a.id().equals(SPUN_1)).findFirst().orElseThrow();
    browser.driver.get(base + "#/paste");
    WebElement box = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("paste-text")));
    browser.driver.executeScript("arguments[0].value = arguments[1];", box, spun.text());
    browser.driver.findElement(By.id("paste-go")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("paste-story")));
    browser.screenshot("4-paste");
    String result = browser.driver.findElement(By.id("paste-result")).getText();
    assertThat(result).contains(SPUN_1).contains("exact copy").contains(ORIGIN).contains("rewrite");
  }
}
