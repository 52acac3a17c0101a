package dev.stemma.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Article text is untrusted: an article whose title, source and text hold {@code <script>} and
 * HTML attributes shows as text on every page, and none of it runs, in a real Chromium.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UntrustedTextTest {

  private static final String TITLE = "<script>window.__xss='title'</script><img src=x onerror=\"window.__xss='img'\">";
  private static final String SOURCE = "\"><svg onload=\"window.__xss='svg'\"></svg>";
  private static final String TEXT = "The council met on Monday <b onmouseover=\"window.__xss='b'\">in Portvale</b> to vote"
      + " on the harbour budget, officials said.\n\n"
      + "<script>window.__xss='text'</script> Mayor Denise Okafor said the vote \"' onfocus=alert(1) '\" would"
      + " come before <iframe src=\"javascript:window.__xss='iframe'\"></iframe> the end of March.\n\n"
      + "The budget sets aside 14 million for repairs to the Harbor Bridge and the Eastshore ferry pier.";

  private StemmaServer server;
  private Browser browser;
  private WebDriverWait wait;
  private String base;

  @BeforeAll
  void start(@TempDir Path data) throws Exception {
    browser = Browser.start();
    wait = new WebDriverWait(browser.driver, Duration.ofSeconds(60));
    server = StemmaServer.start(ServerOptions.of(data, 0));
    base = "http://127.0.0.1:" + server.port() + "/";
    Http http = new Http(server.port());
    ObjectMapper json = new ObjectMapper();
    for (String id : new String[] {"hostile-1", "hostile-2"}) {
      ObjectNode a = json.createObjectNode().put("id", id).put("title", TITLE).put("source", SOURCE).put("text", TEXT);
      assertThat(http.post("/api/articles", a.toString()).status()).isEqualTo(201);
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
  void markupInTitleSourceAndTextShowsAsTextOnEveryPage() {
    browser.driver.get(base);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#story-list .story-item")));
    assertInert("5-hostile-list");
    assertThat(browser.driver.findElement(By.cssSelector(".story-link")).getText()).isEqualTo(TITLE);
    assertThat(browser.driver.findElement(By.cssSelector(".sources")).getText()).contains(SOURCE);

    browser.driver.findElement(By.cssSelector(".story-link")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#families .node")));
    assertInert("6-hostile-story");
    assertThat(browser.driver.findElement(By.id("story-headline")).getText()).isEqualTo(TITLE);

    browser.driver.get(base + "#/compare/hostile-1/hostile-2");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#col-a mark")));
    assertInert("7-hostile-side-by-side");
    assertThat(browser.driver.findElement(By.id("col-a")).getText()).contains("<script>window.__xss='text'</script>")
        .contains("<b onmouseover=\"window.__xss='b'\">in Portvale</b>");
  }

  private void assertInert(String screenshot) {
    browser.screenshot(screenshot);
    Object xss = browser.driver.executeScript("return window.__xss === undefined ? null : String(window.__xss);");
    assertThat(xss).as("a script from article data ran").isNull();
    By injected = By.cssSelector("#app script, #app img, #app svg, #app iframe, #app b, #app [onerror], #app [onload],"
        + " #app [onmouseover]");
    assertThat(browser.driver.findElements(injected)).as("elements made from article data").isEmpty();
    assertThat(browser.driver.findElement(By.id("app")).getText()).contains("<script>");
  }
}
