package eu.intercluster.extraction;

import java.util.Map;
import java.util.Set;

/**
 * A quoted capitalised name is a programme when a programme noun introduces it a few words before, "l'appel à
 * projets « X »", "il progetto Horizon Europe «X»", "la strategia regionale «X»", "el programa de visitas “X”",
 * "une plateforme, baptisée « X »", or follows it, "the “X” project", "the “X” strategy". The nearest cue word
 * decides: an event or organisation noun in between leaves the name to the other recognisers.
 */
final class QuotedProgrammeNames {
  private static final Set<String> OPEN_QUOTES = Words.set("“", "\"", "«");
  private static final Set<String> CLOSE_QUOTES = Words.set("”", "\"", "»");
  private static final int MAX_INNER = 14;
  private static final int MAX_BACK = 6;

  /** Programme nouns besides the "programmenoun" cues (folded): plurals, strategies, measures and schemes. */
  private static final Map<String, String> NOUNS = Map.ofEntries(Map.entry("progetti", "project"),
      Map.entry("projects", "project"), Map.entry("projets", "project"), Map.entry("proyectos", "project"),
      Map.entry("programmi", "funding programme"), Map.entry("programmes", "funding programme"),
      Map.entry("programas", "funding programme"), Map.entry("strategia", "strategy"), Map.entry("strategy", "strategy"),
      Map.entry("strategie", "strategy"), Map.entry("estrategia", "strategy"), Map.entry("plan", "strategy"),
      Map.entry("piano", "strategy"), Map.entry("roadmap", "strategy"), Map.entry("route", "strategy"),
      Map.entry("misura", "call"), Map.entry("mesure", "call"),
      Map.entry("medida", "call"), Map.entry("linea", "call"), Map.entry("sportello", "call"),
      Map.entry("scheme", "initiative"), Map.entry("iniziativa", "initiative"), Map.entry("initiative", "initiative"),
      Map.entry("iniciativa", "initiative"));

  /** Words that may stand between the programme noun and the quote (folded): "chiamata", "baptisée", "intitulé". */
  private static final Set<String> NAMING = Words.union(Words.NAMING, Words.folded("intitulé", "intitulée"));

  private QuotedProgrammeNames() {}

  static void recognise(Doc doc) {
    for (int q = 1; q + 2 < doc.tokens.size(); q++) {
      if (!OPEN_QUOTES.contains(doc.tokens.get(q).text()) || !doc.tokens.get(q + 1).isUpper()) {
        continue;
      }
      int close = closing(doc, q);
      if (close < 0) {
        continue;
      }
      String kind = kindBefore(doc, q);
      if (kind == null) {
        kind = kindAfter(doc, close);
      }
      if (kind != null) {
        int st = doc.tokens.get(q + 1).start();
        int en = doc.tokens.get(close - 1).end();
        doc.add(st, en, EntityType.PROGRAMME, kind, Cand.PATTERN, "T:" + Norm.fold(doc.slice(st, en)));
      }
    }
  }

  private static int closing(Doc doc, int q) {
    int last = doc.sentence(doc.sentenceAt(doc.tokens.get(q).start())).last();
    for (int i = q + 2; i <= Math.min(last, q + MAX_INNER + 1); i++) {
      if (CLOSE_QUOTES.contains(doc.tokens.get(i).text())) {
        return i;
      }
    }
    return -1;
  }

  /** The kind of the nearest programme noun before the quote, or null at another cue word or a clause break. */
  static String kindBefore(Doc doc, int q) {
    Lexicon lex = Lexicon.INSTANCE;
    int first = doc.sentence(doc.sentenceAt(doc.tokens.get(q).start())).first();
    for (int i = q - 1; i >= Math.max(first, q - MAX_BACK); i--) {
      Token t = doc.tokens.get(i);
      String f = Words.f(t);
      if (t.is(",") && (i == q - 1 || i == q - 2 && NAMING.contains(Words.f(doc.tokens.get(q - 1))))) {
        continue;
      }
      if (!t.isWord() && !f.endsWith("'") && !f.endsWith("’") && !t.text().equals("+")) {
        return null;
      }
      String kind = lex.cue("programmenoun", t.text());
      if (kind == null) {
        kind = NOUNS.get(f);
      }
      if (kind != null) {
        return kind;
      }
      if (!t.isUpper() && (lex.cue("eventnoun", t.text()) != null || lex.cue("orglower", t.text()) != null)
          || Words.PHRASE_STOP.contains(f)) {
        return null;
      }
    }
    return null;
  }

  /** "the “X” project", "“X” strategy": a programme noun right after the closing quote. */
  private static String kindAfter(Doc doc, int close) {
    if (close + 1 >= doc.tokens.size() || doc.tokens.get(close + 1).isUpper()) {
      return null;
    }
    Token t = doc.tokens.get(close + 1);
    if (doc.sentenceAt(t.start()) != doc.sentenceAt(doc.tokens.get(close).start())) {
      return null;
    }
    String kind = Lexicon.INSTANCE.cue("programmenoun", t.text());
    return kind != null ? kind : NOUNS.get(Words.f(t));
  }
}
