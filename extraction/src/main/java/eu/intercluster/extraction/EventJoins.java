package eu.intercluster.extraction;

/**
 * What follows the reading of event names and nouns: the first talk of an occasion, b2b sessions, ceremonies, quoted
 * titles and kick-offs joined to their event; pavilions read; standing working groups dropped.
 */
final class EventJoins {
  private EventJoins() {}

  static void apply(Doc doc) {
    EventOccasions.joinFirstTalk(doc);
    EventB2bSessions.join(doc);
    EventCeremonies.join(doc);
    EventQuotedTitles.join(doc);
    EventKickOffs.join(doc);
    NamedB2bEvents.join(doc);
    PavilionEvents.recognise(doc);
    StandingGroups.drop(doc);
  }
}
