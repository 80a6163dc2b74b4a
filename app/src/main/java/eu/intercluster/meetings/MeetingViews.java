package eu.intercluster.meetings;

import eu.intercluster.events.EventDirectory;
import eu.intercluster.events.SlotView;
import eu.intercluster.meetings.persistence.MeetingRecord;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Meeting records as {@link MeetingView}s, with the times of their slots. */
@Component("meetingsMeetingViews")
class MeetingViews {

  private final EventDirectory events;

  MeetingViews(EventDirectory events) {
    this.events = events;
  }

  Map<Integer, SlotView> slots(long eventId) {
    return events.slots(eventId).stream().collect(Collectors.toMap(SlotView::number, Function.identity()));
  }

  static MeetingView view(MeetingRecord m, Map<Integer, SlotView> slots) {
    SlotView slot = m.getSlot() == null ? null : slots.get(m.getSlot());
    return new MeetingView(m.getId(), m.getEventId(), m.getRequestId(), m.getRequesterId(), m.getPartnerId(),
        m.getSlot(), m.getTableNo(), slot == null ? null : slot.start(), slot == null ? null : slot.end(),
        m.isPublished(), m.isCancelled());
  }

  MeetingView view(MeetingRecord m) {
    return view(m, slots(m.getEventId()));
  }

  static SlotTime slotTime(Integer number, Map<Integer, SlotView> slots) {
    SlotView slot = number == null ? null : slots.get(number);
    return slot == null ? null : new SlotTime(slot.number(), slot.start(), slot.end());
  }
}
