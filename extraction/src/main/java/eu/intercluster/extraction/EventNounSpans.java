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
  private static final Set<String> PRE_MODIFIERS = Words.folded("trade", "business", "economic", "institutional", "study",
      "commercial", "technical", "investment", "innovation", "fact-finding", "matchmaking", "opening", "closing",
      "award", "awards", "information", "info", "online", "policy", "briefing", "return", "networking", "partner",
      "final", "inaugural", "launch", "kick-off", "switch-on", "signing", "pitching", "annual", "breakfast",
      "cross-border", "follow-up", "public", "separate", "side", "partnering");
  /**
   * Spanish and French nouns for the day or round of a sub-event: "jornada de reuniones bilaterales", "séance de
   * rendez-vous d'affaires" (Italian annotators name the "incontri" alone as often as with their "sessione").
   */
  private static final Set<String> SUB_EVENT_HEADS = Words.set("session", "sessions", "seance", "sesion", "ronda",
      "rueda", "journee", "jornada", "jornadas", "espace", "espacio");

  /** Nouns of a group that travels: "delegazione toscana", "misión empresarial asturiana", "Norwegian delegation". */
  private static final Set<String> TRAVELLING = Words.set("delegazione", "delegation", "delegacion", "missione",
      "mission", "mision", "collettiva");
  /** A lower-case demonym or a visit's direction after it: "-ese", "-ana", "-aise", "-ienne", "inversa", "retour". */
  private static final java.util.regex.Pattern DEMONYM = java.util.regex.Pattern.compile("\\p{Ll}{2,}(?:ese|esi|ana|ane"
      + "|ano|ani|ina|ine|ino|ini|acca|acco|aca|aco|asca|asco|ega|ego|aise|aises|ienne|iennes|onne|onnes|aine|aines"
      + "|ure|uri|ola|ole)|inversa|inverse|inverso|retour|réciproque|reciproca|recíproca|esplorativa|exploratoire"
      + "|exploratoria|regionale|régionale|regional");

  private EventNounSpans() {}

  /** The last token of a travelling group's mention ending at token last: a demonym after it if any. */
  static int demonymEnd(Doc doc, int noun, int last) {
    int next = last + 1;
    if (!TRAVELLING.contains(Words.f(doc.tokens.get(noun))) || next >= doc.tokens.size()) {
      return last;
    }
    Token t = doc.tokens.get(next);
    boolean spaced = doc.slice(doc.tokens.get(last).end(), t.start()).equals(" ");
    return spaced && t.isWord() && !t.isUpper() && DEMONYM.matcher(t.text()).matches() ? next : last;
  }

  /** The first token of an English travelling group's mention starting at token first: a demonym before it. */
  static int demonymStart(Doc doc, int first) {
    if (first < 1 || !"en".equals(doc.lang) || !TRAVELLING.contains(Words.f(doc.tokens.get(first)))) {
      return first;
    }
    Token t = doc.tokens.get(first - 1);
    return t.isUpper() && Lexicon.INSTANCE.inSection("demonym", t.text()) ? first - 1 : first;
  }

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

  /** The first token of the mention whose noun starts at token first: English modifiers before it if any. */
  static int modifierStart(Doc doc, int first) {
    int start = first;
    while (start >= 1 && first - start < 2 && PRE_MODIFIERS.contains(Words.f(doc.tokens.get(start - 1)))
        && !doc.tokens.get(start - 1).isUpper()) {
      start--;
    }
    return start;
  }

  /** Token i if it is a noun for the round a sub-event is held in, followed by "di / de / of": else -1. */
  static int subEventHead(Doc doc, int i) {
    if (i + 2 >= doc.tokens.size() || !SUB_EVENT_HEADS.contains(Words.f(doc.tokens.get(i)))
        || !OF_HEAD.contains(Words.f(doc.tokens.get(i + 1)))) {
      return -1;
    }
    return i;
  }

  private static final Set<String> OF_HEAD = Words.set("di", "de", "of");

  private static final java.util.regex.Pattern GENERIC_ADJECTIVE = java.util.regex.Pattern.compile(
      "\\p{Ll}+(?:onal|onale|ionale|iale|ciale|uale|ilateral|ilaterale|ficiale|ficial)|(?:empresarial|imprenditoriale"
          + "|entrepreneuriale|réciproque|reciproca|recíproca|inversa|inverse|informativa|informativo|informative"
          + "|tecnica|técnica|technique|scientifica|científica|scientifique|economica|económica|économique|tecnico|técnico"
          + "|annuale|annuel|annuelle|finale|plenaria|plénière|pubblica|publique|collective|colectiva|ultérieure)");

  /** Whether token k is an adjective that belongs to the event noun before it: "seminario tecnico". */
  static boolean genericAdjective(Doc doc, int k) {
    return k < doc.tokens.size() && doc.tokens.get(k).text().length() >= 6
        && GENERIC_ADJECTIVE.matcher(doc.tokens.get(k).text()).matches();
  }
}
