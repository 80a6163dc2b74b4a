package eu.intercluster.extraction;

import java.util.Set;

/**
 * EVENT mentions from common nouns: sub-events ("tavola rotonda", "incontri individuali", "round table")
 * are events of their own; a "visita della delegazione" is a delegation visit; other singular event nouns
 * ("missione", "seminario", "evento", "incontro") refer to the document's main event. A capitalised title
 * right after such a noun ("l’iniziativa International Intercluster: ...") names the event.
 */
final class EventRecogniser {
  static final Set<String> DELEGATION = Words.set("delegazione", "delegation", "delegacion", "delegation");
  static final Set<String> VISIT = Words.set("visita", "visit", "visite");

  private EventRecogniser() {}

  static void recognise(Doc doc) {
    Lexicon lex = Lexicon.INSTANCE;
    for (int i = 0; i < doc.tokens.size(); i++) {
      Token t = doc.tokens.get(i);
      if (!t.isWord()) {
        continue;
      }
      int head = EventNounSpans.subEventHead(doc, i);
      String sub = head < 0 ? null : subEvent(doc, i + 2);
      if (sub == null) {
        head = -1;
        sub = subEvent(doc, i);
      }
      if (sub != null && (head >= 0 || !t.isUpper() || i == 0 || isSentenceStart(doc, i) || allCaps(t))) {
        int from = head < 0 ? i : i + 2;
        int words = subEventLength(doc, from, sub);
        Token last = doc.tokens.get(from + words - 1);
        Token first = doc.tokens.get(head < 0 ? EventNounSpans.modifierStart(doc, i) : i);
        Cand c = doc.add(first.start(), last.end(), EntityType.EVENT, lex.cue("subevent", sub), Cand.PATTERN,
            "subevent:" + (head < 0 ? "" : Words.f(t) + " ") + sub.replaceAll("s$", ""));
        c.attrs.put("_sub", Boolean.TRUE);
        i = from + words - 1;
        continue;
      }
      if (t.isUpper() && i > 0 && !isSentenceStart(doc, i)) {
        continue;
      }
      String f = Words.f(t);
      if (i + 1 < doc.tokens.size() && !doc.tokens.get(i + 1).isUpper()) {
        String pair = t.text() + " " + doc.tokens.get(i + 1).text();
        String pairKind = lex.cue("eventnoun", pair);
        if (pairKind != null && !future(doc, i)) {
          Token second = doc.tokens.get(EventNounSpans.genericAdjective(doc, i + 2) ? i + 2 : i + 1);
          Cand c = doc.add(t.start(), second.end(), EntityType.EVENT, pairKind, Cand.GENERIC,
              EventOccasions.canon(doc, t.start(), second.end()));
          c.generic = true;
          i = doc.tokenAt(second.start());
          continue;
        }
      }
      String kind = lex.cue("eventnoun", t.text());
      if (DELEGATION.contains(f)) {
        DelegationEvents.add(doc, i);
        continue;
      }
      if (kind == null) {
        continue;
      }
      if (VISIT.contains(f) && DelegationEvents.follows(doc, i)) {
        Cand v = doc.add(t.start(), t.end(), EntityType.EVENT, "delegation", Cand.GENERIC + 6, "event:visit");
        v.generic = true;
        continue;
      }
      if (future(doc, i)) {
        int end = i;
        if (i + 1 < doc.tokens.size() && RELATIONAL_ADJECTIVE.matcher(doc.tokens.get(i + 1).text()).matches()) {
          end = i + 1;
        }
        Cand c = doc.add(doc.tokens.get(i - 1).start(), doc.tokens.get(end).end(), EntityType.EVENT, kind,
            Cand.GENERIC + 4, "event:next:" + i);
        c.attrs.put("_future", Boolean.TRUE);
        continue;
      }
      if (afterName(doc, i)) {
        continue;
      }
      if (!title(doc, i, kind)) {
        Token last = t;
        if (i + 1 < doc.tokens.size() && lex.cue("eventnoun", doc.tokens.get(i + 1).text()) != null
            && !doc.tokens.get(i + 1).isUpper()) {
          last = doc.tokens.get(++i);
        }
        if (EventNounSpans.genericAdjective(doc, i + 1)) {
          last = doc.tokens.get(i + 1);
        }
        if (last == t) {
          int end = EventNounSpans.complementEnd(doc, i);
          last = doc.tokens.get(end);
          i = end;
        }
        int noun = doc.tokenAt(t.start());
        int end = EventNounSpans.demonymEnd(doc, noun, doc.tokenAt(last.start()));
        last = doc.tokens.get(end);
        i = Math.max(i, end);
        Token first = doc.tokens.get(EventNounSpans.demonymStart(doc, EventNounSpans.modifierStart(doc, noun)));
        Cand c = doc.add(first.start(), last.end(), EntityType.EVENT, kind, Cand.GENERIC,
            EventOccasions.canon(doc, first.start(), last.end()));
        c.generic = true;
      }
    }
    EventJoins.apply(doc);
  }

  private static final java.util.regex.Pattern RELATIONAL_ADJECTIVE = java.util.regex.Pattern.compile(
      "\\p{Ll}+(?:ale|ali|ico|ica|ici|iche|ivo|iva|ial|ials|ique|iques|aire|ario|aria)");

  /** "il prossimo incontro", "the next meeting": a future event distinct from the one reported. */
  private static boolean future(Doc doc, int i) {
    if (i < 1) {
      return false;
    }
    String prev = Words.f(doc.tokens.get(i - 1));
    return prev.startsWith("prossim") || prev.equals("next") || prev.startsWith("prochain") || prev.startsWith("proxim")
        || prev.equals("upcoming");
  }

  /** "the Semicon Europa fair": the noun ends a recognised capitalised name and is no event of its own. */
  private static boolean afterName(Doc doc, int i) {
    if (i < 1) {
      return false;
    }
    Token prev = doc.tokens.get(i - 1);
    if (!prev.isWord() || !prev.isUpper() || prev.end() + 1 != doc.tokens.get(i).start()) {
      return false;
    }
    for (Cand c : doc.cands) {
      if (c.end == prev.end() && c.type != EntityType.THEME && c.prio >= Cand.PLACE) {
        return true;
      }
    }
    return false;
  }

  /** A capitalised title right after the noun: up to the next comma, full stop or bracket. */
  private static boolean title(Doc doc, int i, String kind) {
    int limit = doc.sentence(doc.sentenceAt(doc.tokens.get(i).start())).last();
    int j = i + 1;
    if (j >= limit || !doc.tokens.get(j).isUpper() || !doc.tokens.get(j).isWord()) {
      return false;
    }
    int end = -1;
    for (int k = j; k < Math.min(limit, j + 12); k++) {
      Token t = doc.tokens.get(k);
      if (t.is(",") || t.is(".") || t.is("(") || t.is(";") || verbBeforeName(doc, k, limit)) {
        break;
      }
      if (end >= j && k == end + 1 && verbBeforeArticle(doc, k, limit)) {
        return false;
      }
      if (t.isUpper() && t.isWord()) {
        end = k;
      }
    }
    boolean singleAllowed = Words.set("fair", "forum", "conference").contains(kind) && end == j
        && !doc.coveredBy(doc.tokens.get(j).start(), doc.tokens.get(j).end(), Cand.PLACE);
    if (end < j + 1 && !singleAllowed) {
      return false;
    }
    end = EventNameTowns.end(doc, new ChunkPlaceFacts(doc), j, end + 1) - 1;
    int st = doc.tokens.get(j).start();
    int en = doc.tokens.get(end).end();
    Cand c = doc.add(st, en, EntityType.EVENT, kind, Cand.PATTERN, "T:" + Norm.fold(doc.slice(st, en)));
    c.attrs.put("_titled", Boolean.TRUE);
    Token noun = doc.tokens.get(i);
    Cand m = doc.add(noun.start(), noun.end(), EntityType.EVENT, kind, Cand.GENERIC, c.canon);
    m.generic = true;
    return true;
  }

  /**
   * "au salon Industrie Centre figuraient Norvane SAS et ...": a lower-case word that is no connector, right before an
   * organisation's or a person's name, ends the title ("Emilia-Romagna meets Catalonia" goes on: a place follows).
   */
  private static boolean verbBeforeName(Doc doc, int k, int limit) {
    Token t = doc.tokens.get(k);
    if (!t.isWord() || t.isUpper() || k + 1 >= limit || Words.CONNECTORS.contains(Words.f(t))
        || Words.FUNCTION.contains(Words.f(t))) {
      return false;
    }
    int next = doc.tokens.get(k + 1).start();
    for (Cand c : doc.cands) {
      if (c.start == next && !c.attrs.containsKey("_weak")
          && (c.type == EntityType.PERSON || c.type == EntityType.ORG && c.prio >= Cand.CUE_NAME)) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.Set<String> ARTICLES_AFTER_VERB = Words.union(Words.ARTICLES,
      Words.set("a", "an", "un", "una", "uno", "une", "des", "les", "il", "l’"));

  /**
   * "during the mission Veltrix Medical signed a clinical agreement": a lower-case word that is no connector, right
   * after the capitalised words and before an article, is the verb of a clause whose subject those words are, so
   * they are no title.
   */
  private static boolean verbBeforeArticle(Doc doc, int k, int limit) {
    Token t = doc.tokens.get(k);
    return t.isWord() && !t.isUpper() && k + 1 < limit && !Words.CONNECTORS.contains(Words.f(t))
        && !Words.FUNCTION.contains(Words.f(t)) && ARTICLES_AFTER_VERB.contains(Words.f(doc.tokens.get(k + 1)));
  }

  private static int subEventLength(Doc doc, int i, String sub) {
    StringBuilder b = new StringBuilder();
    for (int k = i; k < doc.tokens.size(); k++) {
      boolean attached = k > i && doc.tokens.get(k - 1).end() == doc.tokens.get(k).start();
      b.append(k == i || attached ? "" : " ").append(Norm.fold(doc.tokens.get(k).text()));
      if (b.toString().equals(sub)) {
        return k - i + 1;
      }
    }
    return 1;
  }

  private static final java.util.Set<String> SUB_FIRST = Lexicon.INSTANCE.firstWords("subevent");

  private static String subEvent(Doc doc, int i) {
    Lexicon lex = Lexicon.INSTANCE;
    if (!SUB_FIRST.contains(doc.tokens.get(i).folded().split(" ")[0])) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    String found = null;
    for (int k = i; k < Math.min(doc.tokens.size(), i + 4); k++) {
      boolean attached = k > i && doc.tokens.get(k - 1).end() == doc.tokens.get(k).start();
      b.append(k == i || attached ? "" : " ").append(Norm.fold(doc.tokens.get(k).text()));
      if (lex.inSection("subevent", b.toString())) {
        found = b.toString();
      }
    }
    return found;
  }

  /** "B2B meetings": a sub-event may start with an acronym written in capitals. */
  private static boolean allCaps(Token t) {
    return t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT));
  }

  private static boolean isSentenceStart(Doc doc, int i) {
    return doc.sentence(doc.sentenceAt(doc.tokens.get(i).start())).first() == i;
  }
}
