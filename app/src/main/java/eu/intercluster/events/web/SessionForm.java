package eu.intercluster.events.web;

import eu.intercluster.events.SessionInput;

/** A matchmaking session as typed; breaks comma-separated, e.g. {@code 10:30-11:00, 13:00-14:00}. */
record SessionForm(String name, String day, String start, String end, String meetingMinutes,
    String pauseMinutes, String breaks) {

  SessionInput toInput() {
    FormValues v = new FormValues();
    SessionInput input = new SessionInput(name, v.date("day", day), v.time("start", start), v.time("end", end),
        v.integer("meetingMinutes", meetingMinutes, 0), v.integer("pauseMinutes", pauseMinutes, 0),
        FormValues.list(breaks));
    v.throwIfAny();
    return input;
  }
}
