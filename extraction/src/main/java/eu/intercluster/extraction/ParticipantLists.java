package eu.intercluster.extraction;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Among the participants were X, Y and Z", "Tra le aziende presenti, X", "Entre las empresas participantes figuran X":
 * the organisations and persons listed took part in the text's named brokerage event ({@link NamedB2bEvents}: the
 * companies of a fair's business meetings, 25 of the 90 such lists missed over the annotated sets went to the fair),
 * else in its main event (else the event of the sentence). A name
 * after "of / di / de / at" in the list belongs to another listed body and is left out. (The bullet lines after a
 * heading "Parmi les participants :" were tried too: 0 of 8 pairs right, the gold takes a pavilion or delegation.)
 */
final class ParticipantLists {
  private static final Set<EntityType> ACTORS = Words.set(EntityType.ORG, EntityType.PERSON);
  private static final Pattern LIST_START = Pattern.compile("(?iu)^[\\s\\-–•*]*(?:among|tra|fra|entre|parmi)\\s+"
      + "(?:the|i|le|gli|los|las|les)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:participants|partecipanti|participantes|exhibitors"
      + "|espositori|expositores|exposants|companies|aziende|imprese|empresas|compañías|entreprises|firms|exhibiting"
      + "|participating)\\b");
  private static final Set<String> ATTACHED = Words.set("of", "di", "de", "at", "del", "della", "dell'", "dei", "degli",
      "delle", "du", "des", "from", "da", "dal", "dalla", "presso", "with", "con", "avec");
  private static final Set<String> ARTICLES = Words.set("the", "la", "le", "l'", "el", "il", "lo", "les", "los", "las");

  private ParticipantLists() {}

  static void extract(RelationContext ctx) {
    Doc doc = ctx.doc;
    for (int s = 0; s < doc.sentences.size(); s++) {
      Sentence sentence = doc.sentence(s);
      Matcher m = LIST_START.matcher(doc.text.substring(sentence.start(), sentence.end()));
      if (!m.find()) {
        continue;
      }
      int cueEnd = sentence.start() + m.end();
      Ent event = NamedB2bEvents.of(ctx.ents);
      if (event == null) {
        event = ctx.mainEvent != null ? ctx.mainEvent : ctx.eventNear(s, sentence.start() + m.start());
      }
      if (event == null) {
        continue;
      }
      addListed(ctx, s, cueEnd, event);
    }
  }

  /**
   * The organiser of an event gets ORGANISED only, not also PARTICIPATED (guide, 5): of the pairs the rules gave both,
   * the annotated sets had 26 as ORGANISED alone and 2 with both.
   */
  static void withoutOrganisers(RelationContext ctx) {
    for (Relation r : ctx.relations()) {
      Ent organiser = ctx.ent(r.arg0());
      Ent event = ctx.ent(r.arg1());
      if (r.type().equals("ORGANISED") && organiser != null && event != null) {
        ctx.remove("PARTICIPATED", organiser, event);
      }
    }
  }

  static void addListed(RelationContext ctx, int s, int from, Ent event) {
    for (RelationContext.Occ o : ctx.after(s, from, ACTORS, false)) {
      if (!attached(ctx.doc, o.cand().start)) {
        ctx.add("PARTICIPATED", o.ent(), event, null);
      }
    }
  }

  /** Whether the name follows "of", "at", "di", ... (optionally with an article): it qualifies another name. */
  private static boolean attached(Doc doc, int start) {
    int t = doc.tokenAt(start) - 1;
    if (t >= 0 && ARTICLES.contains(Words.f(doc.tokens.get(t)))) {
      t--;
    }
    return t >= 0 && ATTACHED.contains(Words.f(doc.tokens.get(t)));
  }
}
