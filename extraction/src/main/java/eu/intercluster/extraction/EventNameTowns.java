package eu.intercluster.extraction;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a capitalised event name ends before the town it is held in: "Summer Fancy Food Show di New York", "Forum
 * PA di Roma", "Vinitaly de Verona" are the event and the place (in the annotated texts a gold event name followed
 * by "di / de / in" and a capitalised name leaves it out 49 times and takes it in 8). Only before a known town: a
 * region stays in the name ("Assises du bois durable de Savoie"). A name made only of event words and adjectives
 * keeps its town: "Forum Economico di San Pietroburgo", "Fiera Internazionale di Bari", "Fiera Verde di Bari".
 */
final class EventNameTowns {
  private static final Set<String> IN_TOWN = Words.set("di", "de", "d'", "en", "in", "a");
  private static final Pattern ADJECTIVE = Pattern.compile(
      "\\p{L}+(?:ale|ali|ico|ica|ici|iche|ivo|iva|al|ales|ic|ique|iques|aire|ario|aria|ional|ionale|onal)"
          + "|verde|verdi|vert|verte|green|blu|bleu|azul|blue|nuovo|nuova|nouveau|nouvelle|nuevo|nueva|new",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private EventNameTowns() {}

  /** The end (exclusive token index) of the event name over tokens [a, b): before "di / de / in + known city". */
  static int end(Doc doc, ChunkPlaceFacts places, int a, int b) {
    for (int k = b - 1; k > a + 1; k--) {
      if (IN_TOWN.contains(Words.f(doc.tokens.get(k - 1))) && places.knownCity(doc.tokenStart(k), doc.tokenEnd(b - 1))) {
        return ownName(doc, a, k - 1) ? k - 1 : b;
      }
    }
    return b;
  }

  /** Whether tokens [a, b) hold a word other than an event word, an adjective, a connector or an article. */
  private static boolean ownName(Doc doc, int a, int b) {
    for (int i = a; i < b; i++) {
      Token t = doc.tokens.get(i);
      String f = Words.f(t);
      if (t.isWord() && !Lexicon.INSTANCE.inSection("event", t.text()) && !ADJECTIVE.matcher(t.text()).matches()
          && !Words.CONNECTORS.contains(f) && !Words.ARTICLES.contains(f)) {
        return true;
      }
    }
    return false;
  }
}
