package eu.intercluster;

import static org.assertj.core.api.Assertions.assertThat;

import eu.intercluster.support.EnabledIfChromium;
import eu.intercluster.support.TestBrowser;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/** A person in headless Chromium signs in, searches for "cineca", opens it and then the graph. */
@EnabledIfChromium
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
    "intercluster.demo.load-on-first-start=true",
    "intercluster.security.admin-password=browser-test-admin-password"})
@DirtiesContext
class MapBrowserIT {

  @LocalServerPort int port;

  private WebDriver browser;

  @AfterEach
  void quit() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void signInSearchCinecaOpenItAndSeeEmiliaRomagnaLinkedToQuebecInTheGraph() throws Exception {
    browser = TestBrowser.start(1280, 900);
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));

    browser.get(url("/login"));
    browser.findElement(By.id("username")).sendKeys("admin");
    browser.findElement(By.id("password")).sendKeys("browser-test-admin-password");
    browser.findElement(By.id("login-submit")).click();
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    assertThat(browser.getPageSource()).doesNotContain("id=\"nav-login\"");

    browser.get(url("/organisations"));
    browser.findElement(By.id("search-q")).sendKeys("cineca");
    By cineca = By.xpath("//a[contains(@class,'org-link') and normalize-space()='Cineca']");
    wait.until(d -> d.findElements(By.cssSelector("a.org-link")).size() == 1 && !d.findElements(cineca).isEmpty());
    TestBrowser.screenshot(browser, "organisations-search-cineca");

    // htmx may still swap the results once more: find the link afresh until the click lands
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
      d.findElement(cineca).click();
      return true;
    });
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Cineca"));
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("memorandum");
    TestBrowser.screenshot(browser, "organisation-cineca");

    browser.get(url("/graph"));
    WebElement graph = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("#graph[data-ready='true']")));
    assertThat(Integer.parseInt(graph.getAttribute("data-nodes"))).isGreaterThan(20);
    TestBrowser.screenshot(browser, "graph");
    List<String> edges = browser.findElements(By.cssSelector("#graph-edges li")).stream()
        .map(li -> li.getAttribute("textContent").replaceAll("\\s+", " ").strip()).toList();
    assertThat(edges).anyMatch(e -> e.contains("memorandum") && e.contains("Regione Emilia-Romagna"));
    assertThat(edges).anyMatch(e -> e.contains("memorandum") && e.contains("Québec"));

    browser.get(url("/graph?focus=agr-emilia-romagna-quebec-mou"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#graph[data-ready='true']")));
    Thread.sleep(1500); // let the force-directed layout settle before the picture
    TestBrowser.screenshot(browser, "graph-memorandum");
  }

  @Test
  void thePagesFitAPhoneScreen() throws Exception {
    browser = TestBrowser.startPhone(390, 844);
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));

    browser.get(url("/organisations?q=bologna"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.org-link")));
    TestBrowser.screenshot(browser, "phone-organisations");
    Long scrollWidth = (Long) ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("return document.documentElement.scrollWidth;");
    Long viewport = (Long) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return window.innerWidth;");
    assertThat(viewport).isEqualTo(390L);
    assertThat(scrollWidth).as("page width on a 390 px phone").isLessThanOrEqualTo(viewport);

    browser.get(url("/graph?focus=org-emilia-romagna"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#graph[data-ready='true']")));
    TestBrowser.screenshot(browser, "phone-graph");
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
