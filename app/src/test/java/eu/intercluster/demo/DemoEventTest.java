package eu.intercluster.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.intercluster.ecosystem.RecordKind;
import eu.intercluster.ecosystem.RelationService;
import eu.intercluster.ecosystem.RelationType;
import eu.intercluster.events.EventDirectory;
import eu.intercluster.events.EventView;
import eu.intercluster.events.ParticipantStatus;
import eu.intercluster.events.ParticipantView;
import eu.intercluster.meetings.MeetingBook;
import eu.intercluster.meetings.MeetingView;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** A first start seeds the demo event with validated participants and a published schedule. */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:demo-event;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
    "intercluster.demo.load-on-first-start=true",
    "intercluster.demo-event.scheduler-seconds=5",
    "intercluster.security.admin-password=demo-event-password"})
@AutoConfigureMockMvc
class DemoEventTest {

  @Autowired EventDirectory events;
  @Autowired MeetingBook meetings;
  @Autowired MockMvc mvc;
  @Autowired RelationService relations;

  @Test
  void theDemoEventHasParticipantsFromTheMapAndAPublishedValidSchedule() throws Exception {
    List<EventView> all = events.events();
    assertThat(all).extracting(EventView::title)
        .containsExactly("Emilia-Romagna meets Catalonia — Intercluster B2B");
    EventView event = all.get(0);
    List<ParticipantView> participants = events.participants(event.id());
    assertThat(participants).hasSize(31)
        .allMatch(p -> p.status() == ParticipantStatus.VALIDATED)
        .allMatch(p -> p.organisationId() != null, "linked to the map");
    assertThat(participants).extracting(ParticipantView::organisationName)
        .contains("Cineca", "Barcelona Supercomputing Center", "Robòtica Vallès SL");

    assertThat(relations.touching(RecordKind.ACTIVITY, event.activityId()))
        .filteredOn(r -> r.type() == RelationType.PARTICIPATED)
        .as("each participating organisation once on the map").hasSize(31)
        .extracting(r -> r.from().label()).contains("Cineca", "Mespack");

    List<MeetingView> booked = meetings.meetings(event.id());
    assertThat(booked).hasSizeGreaterThan(40).allMatch(MeetingView::published);
    Set<String> seats = new HashSet<>();
    Set<String> tables = new HashSet<>();
    for (MeetingView m : booked) {
      assertThat(seats.add(m.requesterId() + "@" + m.slot())).as("requester free").isTrue();
      assertThat(seats.add(m.partnerId() + "@" + m.slot())).as("partner free").isTrue();
      assertThat(tables.add(m.slot() + "#" + m.table())).as("table free").isTrue();
      assertThat(m.table()).isBetween(1, event.tables());
    }

    mvc.perform(get("/events")).andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Emilia-Romagna meets Catalonia")));
    mvc.perform(get("/events/" + event.id())).andExpect(status().isOk());
  }
}
