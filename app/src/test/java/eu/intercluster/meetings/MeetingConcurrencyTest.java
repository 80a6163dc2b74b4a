package eu.intercluster.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import eu.intercluster.accounts.ApiTokens;
import eu.intercluster.events.EventView;
import eu.intercluster.events.ParticipantView;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Participants accepting requests into the same slot, or into the last free tables, at the same
 * moment on a running server: parallel HTTP requests (each participant signed in with their own
 * API token), released together by a barrier, several rounds. The database's unique seats and
 * tables make a double booking impossible; the losers get 409 with the reason.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:meetings-concurrency;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
    "intercluster.demo.load-on-first-start=false",
    "intercluster.meetings.solver-threads=1"})
@Import(MeetingsTestConfiguration.class)
class MeetingConcurrencyTest {

  static final int ROUNDS = 5;

  /** One pool per test class (the PostgreSQL subclass may run in the same JVM after this one). */
  private static ExecutorService pool;

  @LocalServerPort int port;
  @Autowired Fixture fixture;
  @Autowired MeetingRequests requests;
  @Autowired MeetingBook book;
  @Autowired ApiTokens tokens;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @BeforeAll
  static void startPool() {
    pool = Executors.newFixedThreadPool(8);
  }

  @AfterAll
  static void stopPool() {
    pool.shutdownNow();
  }

  /** Four pairs hold slot 1 of an event with two tables; all four accept at once: two win. */
  @Test
  void acceptancesRacingForTheLastFreeTablesNeverDoubleBook() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      EventView event = fixture.selfScheduled(2, 1);
      List<Acceptance> acceptances = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        ParticipantView from = fixture.participant(event, "from" + i);
        ParticipantView to = fixture.participant(event, "to" + i);
        RequestView request = requests.send(event.id(), from.username(), to.id(), "", null);
        acceptances.add(new Acceptance(event.id(), request.id(), token(to)));
      }
      List<HttpResponse<String>> answers = fireTogether(acceptances);
      assertWinnersAndClearLosers(answers, 2, "round " + round);
      assertNoDoubleBooking(event, 2);
      assertThat(book.meetings(event.id())).hasSize(2);
      assertThat(book.requestCounts(event.id()).pending()).as("the losers' requests stay pending").isEqualTo(2);
    }
  }

  /**
   * Anna asked four people while her only slot was held by a fifth request, which she then
   * withdrew: the four accept at once and all want Anna's seat in slot 1. One wins.
   */
  @Test
  void acceptancesRacingForTheSameParticipantsSlotNeverDoubleBook() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      EventView event = fixture.selfScheduled(4, 1);
      ParticipantView anna = fixture.participant(event, "anna");
      ParticipantView first = fixture.participant(event, "first");
      RequestView holding = requests.send(event.id(), anna.username(), first.id(), "", null);
      List<Acceptance> acceptances = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        ParticipantView to = fixture.participant(event, "to" + i);
        RequestView request = requests.send(event.id(), anna.username(), to.id(), "", null);
        acceptances.add(new Acceptance(event.id(), request.id(), token(to)));
      }
      requests.cancel(event.id(), holding.id(), anna.username());
      List<HttpResponse<String>> answers = fireTogether(acceptances);
      assertWinnersAndClearLosers(answers, 1, "round " + round);
      assertNoDoubleBooking(event, 4);
      assertThat(book.agenda(anna.id())).hasSize(1);
    }
  }

  /** The same request accepted twice at once (a double click) gives one meeting. */
  @Test
  void theSameRequestAcceptedTwiceAtOnceGivesOneMeeting() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      EventView event = fixture.selfScheduled(2, 2);
      ParticipantView anna = fixture.participant(event, "anna");
      ParticipantView bruno = fixture.participant(event, "bruno");
      RequestView request = requests.send(event.id(), anna.username(), bruno.id(), "", null);
      String token = token(bruno);
      List<HttpResponse<String>> answers = fireTogether(List.of(new Acceptance(event.id(), request.id(), token),
          new Acceptance(event.id(), request.id(), token), new Acceptance(event.id(), request.id(), token)));
      assertWinnersAndClearLosers(answers, 1, "round " + round);
      assertThat(book.meetings(event.id())).hasSize(1);
    }
  }

  private record Acceptance(long eventId, long requestId, String token) {}

  private String token(ParticipantView p) {
    return tokens.issue(p.username(), "concurrency");
  }

  private List<HttpResponse<String>> fireTogether(List<Acceptance> acceptances) throws Exception {
    CyclicBarrier barrier = new CyclicBarrier(acceptances.size());
    List<Future<HttpResponse<String>>> futures = new ArrayList<>();
    for (Acceptance a : acceptances) {
      HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/events/"
              + a.eventId() + "/requests/" + a.requestId() + "/accept"))
          .header("Authorization", "Bearer " + a.token()).header("Accept", "application/json")
          .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.noBody()).build();
      futures.add(pool.submit(() -> {
        barrier.await();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
      }));
    }
    List<HttpResponse<String>> answers = new ArrayList<>();
    for (Future<HttpResponse<String>> f : futures) {
      answers.add(f.get());
    }
    return answers;
  }

  private static void assertWinnersAndClearLosers(List<HttpResponse<String>> answers, int winners, String round) {
    List<Integer> codes = answers.stream().map(HttpResponse::statusCode).toList();
    assertThat(codes.stream().filter(c -> c == 200).count()).as(round + ": " + codes).isEqualTo(winners);
    for (HttpResponse<String> answer : answers) {
      if (answer.statusCode() != 200) {
        assertThat(answer.statusCode()).as(round + ": " + answer.body()).isEqualTo(409);
        assertThat(answer.body()).as(round).containsAnyOf("No slot is free", "Another booking took",
            "is already accepted");
      }
    }
  }

  private void assertNoDoubleBooking(EventView event, int tables) {
    Set<String> seats = new HashSet<>();
    Set<String> tableSlots = new HashSet<>();
    for (MeetingView m : book.meetings(event.id())) {
      assertThat(m.slot()).isNotNull();
      assertThat(m.table()).isBetween(1, tables);
      assertThat(seats.add(m.requesterId() + "@" + m.slot())).as("participant twice in a slot").isTrue();
      assertThat(seats.add(m.partnerId() + "@" + m.slot())).as("participant twice in a slot").isTrue();
      assertThat(tableSlots.add(m.table() + "@" + m.slot())).as("table twice in a slot").isTrue();
    }
  }
}
