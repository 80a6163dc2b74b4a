package eu.intercluster.meetings;

/** One request in a participant's list, with the other participant and the held or booked slot. */
public record RequestItem(RequestView request, boolean incoming, PartnerView partner, SlotTime heldSlot,
    MeetingView meeting) {

  public long id() {
    return request.id();
  }

  public boolean pending() {
    return request.status() == RequestStatus.PENDING;
  }

  public boolean accepted() {
    return request.status() == RequestStatus.ACCEPTED;
  }
}
