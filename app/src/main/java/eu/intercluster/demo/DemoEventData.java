package eu.intercluster.demo;

import java.util.List;

/** The demo event as stored in {@code demo/event-emilia-romagna-catalonia.json}. */
record DemoEventData(String title, String kind, String venue, String zone, int tables,
    String description, List<Session> sessions, List<Person> participants, List<Request> requests) {

  record Session(String name, String start, String end, int meetingMinutes, int pauseMinutes,
      List<String> breaks) {}

  /** A participant; {@code inMap} organisations exist in the demo map, the others are created. */
  record Person(String organisation, String country, String region, String city,
      String organisationKind, boolean inMap, String fullName, String email, String jobTitle,
      List<String> themes, List<String> languages, String description,
      List<Opportunity> opportunities) {}

  record Opportunity(String type, String title, List<String> themes) {}

  /** A request between participants (indexes into {@code participants}) and how it was answered. */
  record Request(int from, int to, String answer, String message) {}
}
