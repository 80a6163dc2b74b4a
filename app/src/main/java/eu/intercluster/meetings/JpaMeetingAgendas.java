package eu.intercluster.meetings;

import eu.intercluster.events.EventView;
import eu.intercluster.events.ParticipantView;
import eu.intercluster.events.SlotView;
import eu.intercluster.meetings.persistence.MeetingRecord;
import eu.intercluster.meetings.persistence.MeetingRepository;
import eu.intercluster.system.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Agendas (own, or any participant's for organisers) and cancelling meetings. */
@Service("meetingsJpaMeetingAgendas")
class JpaMeetingAgendas implements MeetingAgendas {

  private final MeetingsAccess access;
  private final MeetingRepository meetings;
  private final MeetingViews views;
  private final MeetingCancellation cancellation;
  private final JpaMeetingBook book;

  JpaMeetingAgendas(MeetingsAccess access, MeetingRepository meetings, MeetingViews views,
      MeetingCancellation cancellation, JpaMeetingBook book) {
    this.access = access;
    this.meetings = meetings;
    this.views = views;
    this.cancellation = cancellation;
    this.book = book;
  }

  @Override
  @Transactional(readOnly = true)
  public AgendaView agenda(long eventId, String username) {
    return agendaView(access.event(eventId), access.participant(eventId, username));
  }

  @Override
  @Transactional(readOnly = true)
  public AgendaView agendaOf(long eventId, long participantId, String username) {
    ParticipantView participant = access.participantOfEvent(eventId, participantId);
    if (!participant.username().equals(username)) {
      access.requireOrganiser(eventId, username);
    }
    return agendaView(access.event(eventId), participant);
  }

  private AgendaView agendaView(EventView event, ParticipantView participant) {
    Map<Integer, SlotView> slots = views.slots(event.id());
    List<AgendaEntry> entries = meetings.findActiveOf(event.id(), participant.id()).stream()
        .map(m -> entry(event, participant, MeetingViews.view(m, slots)))
        .sorted((a, b) -> JpaMeetingBook.SLOT_ORDER.compare(a.meeting(), b.meeting())).toList();
    return new AgendaView(event.id(), event.title(), event.zone(), participant.id(), participant.fullName(),
        participant.calendarToken(),
        entries.stream().filter(e -> e.meeting().published() && e.meeting().slot() != null).toList(),
        entries.stream().filter(e -> !e.meeting().published() || e.meeting().slot() == null).toList());
  }

  private AgendaEntry entry(EventView event, ParticipantView participant, MeetingView meeting) {
    ParticipantView partner = access.participantOfEvent(event.id(), meeting.partnerOf(participant.id()));
    boolean visible = meeting.published() && meeting.start() != null;
    return new AgendaEntry(meeting,
        visible ? meeting.start().withZoneSameInstant(event.zone()) : null,
        visible ? meeting.end().withZoneSameInstant(event.zone()) : null,
        Partners.of(partner, true));
  }

  @Override
  @Transactional(readOnly = true)
  public List<MeetingView> visibleMeetings(long eventId, String username) {
    if (access.isOrganiser(eventId, username)) {
      return book.meetings(eventId);
    }
    ParticipantView me = access.participant(eventId, username);
    return book.meetings(eventId).stream().filter(m -> m.involves(me.id())).toList();
  }

  @Override
  @Transactional
  public MeetingView cancelMeeting(long eventId, long meetingId, String username) {
    MeetingRecord meeting = meetings.findById(meetingId).filter(m -> m.getEventId() == eventId)
        .orElseThrow(() -> new NotFoundException("Meeting", meetingId));
    Optional<ParticipantView> me = Optional.ofNullable(username).flatMap(u -> {
      try {
        return Optional.of(access.participant(eventId, u));
      } catch (AccessDeniedException notParticipant) {
        return Optional.empty();
      }
    });
    boolean own = me.isPresent() && meeting.involves(me.get().id());
    if (!own) {
      access.requireOrganiser(eventId, username);
    }
    return views.view(cancellation.cancel(meeting, username));
  }
}
