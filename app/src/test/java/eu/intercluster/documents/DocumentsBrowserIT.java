package eu.intercluster.documents;

import static org.assertj.core.api.Assertions.assertThat;

import eu.intercluster.support.EnabledIfChromium;
import eu.intercluster.support.TestBrowser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * An editor in headless Chromium uploads a batch (a good text and a binary file) through htmx with the
 * progress bar, opens the document, links Cineca, and the review page fits a phone screen.
 */
@EnabledIfChromium
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:documents-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
    "intercluster.demo.load-on-first-start=true",
    "intercluster.security.admin-password=documents-browser-password"})
@DirtiesContext
class DocumentsBrowserIT {

  @LocalServerPort int port;
  @TempDir Path files;

  private WebDriver browser;

  @AfterEach
  void quit() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void uploadABatchWithProgressThenReviewAndLinkAnEntity() throws Exception {
    Path good = files.resolve("intesa.txt");
    Files.writeString(good, DocumentReviewTest.memorandum("(" + UUID.randomUUID().toString().substring(0, 8) + ")"),
        StandardCharsets.UTF_8);
    Path bad = files.resolve("immagine.txt");
    Files.write(bad, new byte[] {'G', 'I', 'F', 0, 0, 1});

    browser = TestBrowser.start(1280, 900);
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    signIn(wait);

    browser.get(url("/documents"));
    browser.findElement(By.id("upload-files")).sendKeys(good.toAbsolutePath() + "\n" + bad.toAbsolutePath());
    browser.findElement(By.id("upload-submit")).click();
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#result-list li.result"), 2));
    TestBrowser.screenshot(browser, "documents-upload-results");

    assertThat(browser.findElement(By.id("upload-progress")).getAttribute("aria-valuenow")).isEqualTo("100");
    List<WebElement> results = browser.findElements(By.cssSelector("#result-list li.result"));
    assertThat(results.get(0).getText()).contains("intesa.txt", "read, ready for review");
    assertThat(results.get(1).getText()).contains("immagine.txt", "rejected, not text", "binary");
    assertThat(browser.getCurrentUrl()).endsWith("/documents");
    assertThat(browser.findElements(By.cssSelector("#documents tbody tr"))).isNotEmpty();

    results.get(0).findElement(By.tagName("a")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("doc-body")));
    assertThat(browser.findElements(By.cssSelector("#doc-body mark.ent-ORG"))).isNotEmpty();
    WebElement cineca = browser.findElements(By.cssSelector(".entity")).stream()
        .filter(e -> e.findElement(By.tagName("strong")).getText().equals("Cineca")).findFirst().orElseThrow();
    String cinecaId = cineca.getAttribute("id");
    assertThat(cineca.findElement(By.cssSelector(".candidate label")).getText()).startsWith("Cineca");
    TestBrowser.screenshot(browser, "documents-review");
    WebElement accept = cineca.findElement(By.cssSelector(".link-form button"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", accept);
    accept.click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + cinecaId + " .accepted-as")));
    assertThat(browser.findElement(By.cssSelector("#" + cinecaId + " .accepted-as")).getText())
        .contains("Accepted as", "Cineca");
    WebElement firstRelation = browser.findElement(By.cssSelector(".relation"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start', behavior: 'instant'});",
        firstRelation);
    TestBrowser.screenshot(browser, "documents-relations");
    String documentPath = browser.getCurrentUrl().replaceAll("^https?://[^/]+", "").replaceAll("#.*$", "");

    browser.quit();
    browser = TestBrowser.startPhone(390, 844);
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    browser.get(url(documentPath));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("doc-body")));
    TestBrowser.screenshot(browser, "phone-document-review");
    JavascriptExecutor js = (JavascriptExecutor) browser;
    Long scrollWidth = (Long) js.executeScript("return document.documentElement.scrollWidth;");
    Long viewport = (Long) js.executeScript("return window.innerWidth;");
    assertThat(scrollWidth).as("page width on a 390 px phone").isLessThanOrEqualTo(viewport);
  }

  private void signIn(WebDriverWait wait) {
    browser.get(url("/login"));
    browser.findElement(By.id("username")).sendKeys("admin");
    browser.findElement(By.id("password")).sendKeys("documents-browser-password");
    browser.findElement(By.id("login-submit")).click();
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
