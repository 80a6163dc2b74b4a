package eu.intercluster.extraction;

import java.util.Set;

/**
 * How far a common event noun's mention reaches: "cerimonia di apertura", "ceremonia de lanzamiento", "séance
 * d'information" take their "di / de" complement; "opening ceremony", "policy panel" their English modifier.
 */
final class EventNounSpans {
  private static final Set<String> OF = Words.set("di", "de", "d'");
  /** Lower-case words after "di / de" that are no complement of the event noun: time, quantity and participants
   * ("missione di imprese"); a theme word after it is the event's topic ("misión de ciberseguridad"), not its name. */
  private static final Set<String> NOT_COMPLEMENT = Words.set("oggi", "ieri", "domani", "lunedi", "martedi",
      "mercoledi", "giovedi", "venerdi", "sabato", "domenica", "lunes", "martes", "miercoles", "jueves", "viernes",
      "sabado", "domingo", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "quattro",
      "cinque", "cuatro", "cinco", "quatre", "cinq", "dieci", "diez", "grande", "gran", "alto", "alta", "questo",
      "questa", "este", "esta", "cette", "mañana", "manana", "demain", "hier", "ayer", "maggio", "mayo", "giorni",
      "giorno", "dias", "jours", "ore", "horas", "heures", "settimana", "semana", "semaine", "durata", "duracion",
      "duree", "successo", "exito", "succes", "oltre", "circa", "plus", "mas", "piu", "interesse", "interes", "interet",
      "dodici", "quindici", "venti", "trenta", "doce", "quince", "veinte", "treinta", "douze", "quinze", "vingt",
      "trente", "imprese", "aziende", "entreprises", "empresas", "empresarios", "operatori", "industriels", "startup",
      "startups", "esperti", "expertos", "experts", "studenti", "estudiantes", "etudiants");
  /** English words before an event noun that belong to its name: "opening ceremony", "information webinar". */
  private static final Set<String> PRE_MODIFIERS = Words.set("trade", "business", "economic", "institutional", "study",
      "commercial", "technical", "investment", "innovation", "fact-finding", "matchmaking", "opening", "closing",
      "award", "awards", "information", "info", "online", "policy", "briefing", "return", "networking", "partner",
      "final", "inaugural", "launch", "kick-off", "switch-on", "signing", "pitching");

  private EventNounSpans() {}

  /** The last token of the mention whose noun ends at token last: the noun's "di / de" complement if any. */
  static int complementEnd(Doc doc, int last) {
    int of = last + 1;
    int noun = of + 1;
    if (noun >= doc.tokens.size() || !OF.contains(Words.f(doc.tokens.get(of)))) {
      return last;
    }
    Token t = doc.tokens.get(noun);
    String f = Words.f(t);
    boolean word = t.isWord() && !t.isUpper() && f.length() >= 4 && f.chars().allMatch(Character::isLetter);
    if (!word || NOT_COMPLEMENT.contains(f) || Words.FUNCTION.contains(f) || DateRecogniser.MONTHS.containsKey(f)
        || ThemeRecogniser.isTerm(f)
        || doc.tokens.get(of).end() != t.start() && !doc.slice(doc.tokens.get(of).end(), t.start()).equals(" ")) {
      return last;
    }
    return noun;
  }

  /** The first token of the mention whose noun starts at token first: an English modifier before it if any. */
  static int modifierStart(Doc doc, int first) {
    if (first >= 1 && PRE_MODIFIERS.contains(Words.f(doc.tokens.get(first - 1)))
        && !doc.tokens.get(first - 1).isUpper()) {
      return first - 1;
    }
    return first;
  }
}
