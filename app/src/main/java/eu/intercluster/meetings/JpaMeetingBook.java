package eu.intercluster.meetings;

import eu.intercluster.events.EventDirectory;
import eu.intercluster.events.SlotView;
import eu.intercluster.meetings.persistence.MeetingRecord;
import eu.intercluster.meetings.persistence.MeetingRepository;
import eu.intercluster.meetings.persistence.MeetingRequestRecord;
import eu.intercluster.meetings.persistence.MeetingRequestRepository;
import eu.intercluster.system.NotFoundException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules read about meetings (agendas on paper and in calendars, outcomes, statistics). */
@Service("meetingsJpaMeetingBook")
@Transactional(readOnly = true)
class JpaMeetingBook implements MeetingBook {

  static final Comparator<MeetingView> SLOT_ORDER = Comparator
      .comparing((MeetingView m) -> m.slot() == null ? Integer.MAX_VALUE : m.slot())
      .thenComparing(m -> m.table() == null ? Integer.MAX_VALUE : m.table())
      .thenComparingLong(MeetingView::id);

  private final MeetingRepository meetings;
  private final MeetingRequestRepository requests;
  private final MeetingViews views;
  private final EventDirectory events;

  JpaMeetingBook(MeetingRepository meetings, MeetingRequestRepository requests, MeetingViews views,
      EventDirectory events) {
    this.meetings = meetings;
    this.requests = requests;
    this.views = views;
    this.events = events;
  }

  @Override
  public List<MeetingView> meetings(long eventId) {
    Map<Integer, SlotView> slots = views.slots(eventId);
    return meetings.findByEventIdOrderByIdAsc(eventId).stream().filter(m -> !m.isCancelled())
        .map(m -> MeetingViews.view(m, slots)).sorted(SLOT_ORDER).toList();
  }

  @Override
  public List<MeetingView> agenda(long participantId) {
    long eventId = events.participant(participantId).eventId();
    Map<Integer, SlotView> slots = views.slots(eventId);
    return meetings.findActiveOf(eventId, participantId).stream()
        .filter(m -> m.isPublished() && m.getSlot() != null)
        .map(m -> MeetingViews.view(m, slots)).sorted(SLOT_ORDER).toList();
  }

  @Override
  public MeetingView meeting(long meetingId) {
    MeetingRecord meeting = meetings.findById(meetingId).orElseThrow(() -> new NotFoundException("Meeting", meetingId));
    return views.view(meeting);
  }

  @Override
  public RequestCounts requestCounts(long eventId) {
    List<MeetingRequestRecord> all = requests.findByEventIdOrderBySentAtAscIdAsc(eventId);
    long scheduled = meetings.findByEventIdOrderByIdAsc(eventId).stream()
        .filter(m -> !m.isCancelled() && m.isPublished() && m.getSlot() != null).count();
    return new RequestCounts(all.size(), count(all, RequestStatus.PENDING), count(all, RequestStatus.ACCEPTED),
        count(all, RequestStatus.DECLINED), count(all, RequestStatus.EXPIRED), count(all, RequestStatus.CANCELLED),
        scheduled);
  }

  private static long count(List<MeetingRequestRecord> all, RequestStatus status) {
    return all.stream().filter(r -> r.getStatus() == status).count();
  }

  @Override
  public List<RequestView> pendingRequests(long eventId) {
    return requests.findByEventIdAndStatusOrderBySentAtAscIdAsc(eventId, RequestStatus.PENDING).stream()
        .map(MeetingRequestRecord::toView).toList();
  }
}
