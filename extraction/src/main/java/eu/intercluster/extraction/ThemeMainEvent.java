package eu.intercluster.extraction;

/**
 * The event a text's themes belong to when their sentence names no carrier: the main event, except that when the
 * main event is a fair and the text names a b2b or meeting event of its own ("Dual-Use Matchmaking Day" at IDET,
 * "Global Industry Partnering 2025" at Hannover Messe), the themes are that event's: the fair is only where it is
 * held, and the matchmaking is what the text is about ("This year's thematic areas are ...").
 */
final class ThemeMainEvent {
  private ThemeMainEvent() {}

  static Ent of(RelationContext ctx) {
    Ent main = ctx.mainEvent;
    if (main == null || !"fair".equals(main.attrs.get("kind"))) {
      return main;
    }
    for (Ent e : ctx.ents) {
      Object kind = e.attrs.get("kind");
      if (e.type == EntityType.EVENT && named(e) && ("b2b".equals(kind) || "meeting".equals(kind))) {
        return e;
      }
    }
    return main;
  }

  /** A name, not a common noun: "Agritech Brokerage Event", not "bilateral meetings". */
  private static boolean named(Ent e) {
    return e.text != null && !e.text.isEmpty() && Character.isUpperCase(e.text.codePointAt(0));
  }
}
