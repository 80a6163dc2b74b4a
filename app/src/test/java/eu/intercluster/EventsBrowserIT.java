package eu.intercluster;

import static org.assertj.core.api.Assertions.assertThat;

import eu.intercluster.accounts.Role;
import eu.intercluster.accounts.UserAccounts;
import eu.intercluster.support.EnabledIfChromium;
import eu.intercluster.support.TestBrowser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The whole life of a brokerage event in headless Chromium, as issue 4's acceptance describes: an
 * organiser creates the event and its matchmaking session, two participants register and are
 * validated, one requests a meeting and the other accepts, the organiser runs the scheduler and
 * publishes, both download a PDF agenda and an iCal file holding the meeting at 10:00 Rome time,
 * the meeting is marked held and given an outcome, and the outcome shows on both organisations'
 * pages of the map.
 */
@EnabledIfChromium
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:events-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
    "intercluster.demo.load-on-first-start=true",
    "intercluster.demo-event.enabled=false",
    "intercluster.security.admin-password=events-browser-password"})
@DirtiesContext
class EventsBrowserIT {

  private static final String PASSWORD = "correct-horse-battery";
  private static final Duration WAIT = Duration.ofSeconds(60);

  @LocalServerPort int port;
  @Autowired UserAccounts accounts;
  @TempDir Path downloads;

  private WebDriver browser;
  private WebDriverWait wait;

  @AfterEach
  void quit() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void organiserParticipantsSchedulerAgendasOutcomeIntoTheMap() throws Exception {
    accounts.create("organiser", "Olga Organiser", PASSWORD, Role.EDITOR);
    browser = TestBrowser.startWithDownloads(1280, 1000, downloads);
    wait = new WebDriverWait(browser, WAIT);

    // The organiser creates the event and its afternoon matchmaking session.
    signIn("organiser");
    open("/events/new");
    type("title", "Bologna meets Barcelona B2B");
    choose("kind", "BROKERAGE_EVENT");
    type("venue", "Tecnopolo Manifattura, Bologna");
    setValue("zone", "Europe/Rome");
    setValue("startDate", "2027-03-15");
    setValue("endDate", "2027-03-15");
    clear("tables");
    type("tables", "5");
    choose("schedulingMode", "ORGANISER");
    click("event-save");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("session-add")));
    long eventId = idAfter("/events/");
    clear("name");
    type("name", "Morning B2B");
    setValue("day", "2027-03-15");
    setValue("start", "10:00");
    setValue("end", "12:00");
    clear("meetingMinutes");
    type("meetingMinutes", "30");
    click("session-add");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Morning B2B"));
    signOut();

    // Two participants register, for organisations the map knows.
    register(eventId, "giulia", "Giulia Rossi", "giulia@example.org", "Cineca", "Italy");
    register(eventId, "jordi", "Jordi Puig", "jordi@example.org", "Mespack", "Spain");

    // The organiser validates both.
    signIn("organiser");
    open("/events/" + eventId + "/participants");
    for (int validated = 0; validated < 2; validated++) {
      WebElement validate = browser.findElement(By.cssSelector("[id^=validate-]"));
      validate.click();
      wait.until(ExpectedConditions.stalenessOf(validate));
    }
    assertThat(browser.findElements(By.cssSelector("[id^=validate-]"))).isEmpty();
    signOut();

    // Giulia asks Jordi for a meeting from the catalogue; Jordi accepts.
    signIn("giulia");
    open("/events/" + eventId + "/catalogue");
    WebElement request = browser.findElement(By.cssSelector("[id^=request-]"));
    String jordiId = request.getAttribute("id").substring("request-".length());
    type("message-" + jordiId, "Shall we talk about HPC for manufacturing?");
    click("request-" + jordiId);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Jordi Puig"));
    signOut();

    signIn("jordi");
    open("/events/" + eventId + "/requests");
    click(browser.findElement(By.cssSelector("[id^=accept-]")).getAttribute("id"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Giulia Rossi"));
    signOut();

    // The organiser runs the scheduler, waits for the proof and publishes.
    signIn("organiser");
    open("/events/" + eventId + "/schedule");
    click("schedule-run");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("schedule-publish")));
    TestBrowser.screenshot(browser, "event-scheduling");
    click("schedule-publish");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "10:00"));
    TestBrowser.screenshot(browser, "event-schedule-published");
    signOut();

    // Each participant's agenda shows the meeting's local time; the PDF and the iCal file agree.
    String localStart = null;
    for (String user : new String[] {"giulia", "jordi"}) {
      signIn(user);
      open("/events/" + eventId + "/agenda");
      Matcher time = Pattern.compile("(\\d{2}):(\\d{2})–\\d{2}:\\d{2}").matcher(main());
      assertThat(time.find()).as("a meeting time on the agenda: " + main()).isTrue();
      localStart = localStart == null ? time.group(1) + ":" + time.group(2) : localStart;
      assertThat(time.group(1) + ":" + time.group(2)).as("same meeting for both").isEqualTo(localStart);
      assertThat(main()).contains("Europe/Rome", user.equals("giulia") ? "Jordi Puig" : "Giulia Rossi");
      TestBrowser.screenshot(browser, "event-agenda-" + user);
      click("agenda-pdf");
      Path pdf = TestBrowser.awaitDownload(downloads, ".pdf", WAIT);
      assertThat(pdfText(pdf)).contains(localStart, user.equals("giulia") ? "Jordi Puig" : "Giulia Rossi");
      click("agenda-ics");
      Path ics = TestBrowser.awaitDownload(downloads, ".ics", WAIT);
      String calendar = Files.readString(ics, StandardCharsets.UTF_8);
      assertThat(calendar).contains("BEGIN:VTIMEZONE", "TZID:Europe/Rome",
          "DTSTART;TZID=Europe/Rome:20270315T" + localStart.replace(":", "") + "00");
      Files.delete(pdf);
      Files.delete(ics);
      signOut();
    }
    assertThat(localStart).isBetween("10:00", "11:30");

    // On the day: the meeting is held; Giulia reports that an agreement was reached.
    signIn("organiser");
    open("/events/" + eventId + "/checkin");
    for (int checkedIn = 0; checkedIn < 2; checkedIn++) {
      WebElement checkIn = browser.findElements(By.cssSelector("button[id^=checkin-]")).stream()
          .filter(b -> b.getAttribute("id").matches("checkin-\\d+") && b.isEnabled()).findFirst().orElseThrow();
      checkIn.click();
      wait.until(ExpectedConditions.stalenessOf(checkIn));
    }
    click("tab-meetings");
    WebElement held = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id^=held-]")));
    String meetingId = held.getAttribute("id").substring("held-".length());
    held.click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("attendance-" + meetingId)));
    TestBrowser.screenshot(browser, "event-checkin");
    signOut();

    signIn("giulia");
    open("/events/" + eventId + "/meetings/" + meetingId + "/feedback");
    choose("outcome", "AGREEMENT_REACHED");
    click("feedback-save");
    wait.until(ExpectedConditions.urlMatches("/events/\\d+/feedback$"));
    signOut();

    // Both organisations' pages now show the meeting and the agreement.
    for (String organisation : new String[] {"Cineca", "Mespack"}) {
      open("/organisations?q=" + organisation);
      browser.findElement(By.linkText(organisation)).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), organisation));
      assertThat(main()).contains("Bologna meets Barcelona B2B");
      assertThat(main()).containsIgnoringCase("agreement");
    }
  }

  private void register(long eventId, String username, String fullName, String email,
      String organisation, String country) {
    open("/events/" + eventId + "/register");
    type("username", username);
    type("password", PASSWORD);
    type("fullName", fullName);
    type("email", email);
    type("organisationName", organisation);
    type("country", country);
    for (WebElement session : browser.findElements(By.name("availableSessionIds"))) {
      if (!session.isSelected()) {
        check(session);
      }
    }
    check(browser.findElement(By.id("listed")));
    check(browser.findElement(By.id("acceptedTerms")));
    click("register-submit");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("registration-status")));
    signOut();
  }

  private void signIn(String username) {
    open("/login");
    type("username", username);
    type("password", username.equals("admin") ? "events-browser-password" : PASSWORD);
    click("login-submit");
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
  }

  private void signOut() {
    browser.manage().deleteAllCookies();
  }

  private void open(String path) {
    browser.get("http://localhost:" + port + path);
  }

  private String main() {
    return browser.findElement(By.tagName("main")).getText();
  }

  private long idAfter(String prefix) {
    Matcher m = Pattern.compile(Pattern.quote(prefix) + "(\\d+)").matcher(browser.getCurrentUrl());
    assertThat(m.find()).as("an id in " + browser.getCurrentUrl()).isTrue();
    return Long.parseLong(m.group(1));
  }

  private void type(String id, String text) {
    browser.findElement(By.id(id)).sendKeys(text);
  }

  private void clear(String id) {
    browser.findElement(By.id(id)).clear();
  }

  private void setValue(String id, String value) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
        browser.findElement(By.id(id)), value);
  }

  private void choose(String id, String value) {
    new Select(browser.findElement(By.id(id))).selectByValue(value);
  }

  private void check(WebElement box) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].checked = true;", box);
  }

  private void click(String id) {
    WebElement element = browser.findElement(By.id(id));
    ((JavascriptExecutor) browser).executeScript(
        "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
    element.click();
  }

  private static String pdfText(Path pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(document);
    }
  }
}
