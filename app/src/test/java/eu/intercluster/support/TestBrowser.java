package eu.intercluster.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven by its own chromedriver (packages chromium and chromium-driver);
 * nothing is downloaded. Paths can be changed with CHROMIUM_BIN and CHROMEDRIVER_BIN.
 */
public final class TestBrowser implements ExecutionCondition {

  static Path chromium() {
    return Path.of(env("CHROMIUM_BIN", "/usr/bin/chromium"));
  }

  static Path driver() {
    return Path.of(env("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (Files.isExecutable(chromium()) && Files.isExecutable(driver())) {
      return ConditionEvaluationResult.enabled("Chromium at " + chromium());
    }
    return RequiredService.missing("Chromium (" + chromium() + ") with chromedriver (" + driver() + ")");
  }

  /** A headless browser with a desktop-sized window. */
  public static WebDriver start(int width, int height) {
    return start(options(width, height));
  }

  /** A headless browser emulating a phone screen (headless windows cannot be narrower than 500 px). */
  public static WebDriver startPhone(int width, int height) {
    ChromeOptions options = options(width, height);
    options.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics",
        java.util.Map.of("width", width, "height", height, "pixelRatio", 2.0, "touch", true)));
    return start(options);
  }

  /**
   * A headless desktop browser that saves downloads (PDF included, never opened in a viewer) into
   * {@code downloads}.
   */
  public static WebDriver startWithDownloads(int width, int height, Path downloads) {
    ChromeOptions options = options(width, height);
    options.setExperimentalOption("prefs", java.util.Map.of(
        "download.default_directory", downloads.toAbsolutePath().toString(),
        "download.prompt_for_download", false,
        "plugins.always_open_pdf_externally", true));
    return start(options);
  }

  /** Waits until a file whose name ends with {@code suffix} is completely downloaded. */
  public static Path awaitDownload(Path downloads, String suffix, Duration timeout)
      throws java.io.IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      try (var files = Files.list(downloads)) {
        var found = files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst();
        if (found.isPresent() && Files.size(found.get()) > 0) {
          return found.get();
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no *" + suffix + " downloaded into " + downloads + " within " + timeout);
  }

  private static ChromeOptions options(int width, int height) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium().toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=" + width + "," + height, "--lang=en-GB");
    return options;
  }

  private static WebDriver start(ChromeOptions options) {
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver().toFile())
        .usingAnyFreePort().build();
    ChromeDriver browser = new ChromeDriver(service, options);
    browser.manage().timeouts().implicitlyWait(Duration.ZERO);
    return browser;
  }

  /** Saves a PNG under target/screenshots for people to look at. */
  public static Path screenshot(WebDriver browser, String name) throws java.io.IOException {
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    Path file = dir.resolve(name + ".png");
    Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    return file;
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
