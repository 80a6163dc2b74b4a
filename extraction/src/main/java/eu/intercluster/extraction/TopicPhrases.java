package eu.intercluster.extraction;

import java.util.Set;

/**
 * THEMEs named as the topic of an event, agreement, call or project right after "on / su / sur / sobre": "a
 * workshop on seabed mapping and coastal monitoring", "protocollo d'intesa su turismo delle aree interne"; also of
 * joint research, laboratories, chairs, working groups, letters of intent, exchanges and training ("a joint laboratory
 * on soil microbiomes", "un grupo de trabajo sobre gestión forestal"), with the carrier noun at most three words
 * before. Each lower-case noun phrase of the topic becomes a theme; its label comes from a vocabulary term inside it,
 * or OTHER. A count is no topic ("un progetto su dieci domande").
 */
final class TopicPhrases {
  private static final Set<String> TOPIC = Words.set("on", "su", "sul", "sulla", "sui", "sulle", "sugli", "sullo",
      "sur", "sobre", "about");
  private static final Set<String> CARRIERS = Words.folded("workshop", "workshops", "seminar", "seminario", "séminaire",
      "webinar", "conference", "conferenza", "conférence", "conferencia", "convegno", "forum", "foro", "session",
      "sessione", "sesión", "séance", "panel", "tavolo", "mesa", "atelier", "taller", "jornada", "journée", "giornata",
      "agreement", "accordo", "accord", "acuerdo", "convenio", "protocol", "protocollo", "protocole", "protocolo",
      "memorandum", "intesa", "call", "bando", "appel", "convocatoria", "project", "progetto", "projet", "proyecto",
      "mission", "missione", "misión", "summit", "roundtable", "course", "corso", "cours", "curso", "study", "studio",
      "étude", "estudio",
      // plurals of the above
      "seminars", "seminari", "séminaires", "seminarios", "webinars", "conferences", "conferenze", "conférences",
      "conferencias", "convegni", "sessions", "sessioni", "sesiones", "panels", "tavoli", "mesas", "ateliers",
      "talleres", "jornadas", "journées", "giornate", "agreements", "accordi", "accords", "acuerdos", "convenios",
      "protocols", "protocolli", "protocoles", "protocolos", "calls", "bandi", "appels", "convocatorias", "projects",
      "progetti", "projets", "proyectos", "missions", "missioni", "misiones", "courses", "corsi", "cursos", "studies",
      "studi", "études", "estudios",
      // research, teaching and joint work whose subject follows
      "research", "ricerca", "recherche", "investigación", "pilot", "pilots", "pilota", "laboratory", "laboratories",
      "lab", "labs", "laboratorio", "laboratori", "laboratoire", "laboratoires", "chair", "cattedra", "chaire",
      "cátedra", "master", "school", "scuola", "école", "escuela", "ronde", "redonda", "rotonda", "group", "gruppo",
      "groupe", "grupo", "letter", "lettera", "lettre", "intenti", "intention", "intención", "cooperation",
      "cooperazione", "coopération", "cooperación", "collaboration", "collaborazione", "colaboración", "partnership",
      "exchange", "exchanges", "scambio", "scambi", "échange", "échanges", "intercambio", "training", "formazione",
      "formation", "formación", "module", "modulo", "initiative", "iniziativa", "iniciativa", "programme", "program",
      "programma", "programa", "hearing", "challenge", "hackathon", "dialogue", "dialogo", "diálogo", "report",
      "rapporto", "rapport", "informe", "thesis", "theses", "tesi", "thèse", "thèses", "tesis", "veille", "network",
      "rete", "réseau", "platform", "piattaforma", "plateforme", "plataforma", "package", "pacchetto",
      "doctoral", "dottorandi", "doctorants", "doctorandos");
  private static final Set<String> ARTICLES = Words.set("the", "il", "lo", "la", "i", "gli", "le", "l'", "les", "el",
      "los", "las", "des", "du");
  private static final Set<String> AND = Words.set("and", "e", "ed", "et", "y", ",");
  /** "nove progetti su ventitré domande", "portant sur quatre brevets": a count, not a topic. */
  private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("(?:due|tre|quattro|cinque"
      + "|sei|sette|otto|nove|dieci|undici|dodici|venti|vent(?:uno|idue|itre|itré|iquattro|icinque|isei|isette"
      + "|otto|inove)|trenta|quaranta|cinquanta|cento|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
      + "|twenty|deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze|vingt|trente|dos|tres|cuatro|cinco|seis|siete"
      + "|ocho|nueve|diez|once|doce|veinte|veinti\\p{L}+|treinta)");
  private static final int CARRIER_WINDOW = 3;
  private static final int MAX_WORDS = 6;

  private TopicPhrases() {}

  static void recognise(Doc doc) {
    for (int i = 1; i < doc.tokens.size(); i++) {
      if (TOPIC.contains(Words.f(doc.tokens.get(i))) && carrierBefore(doc, i)) {
        int k = i + 1;
        while (k >= 0 && k < doc.tokens.size()) {
          k = phrase(doc, k);
        }
      }
    }
  }

  private static boolean carrierBefore(Doc doc, int i) {
    int s = doc.sentenceAt(doc.tokens.get(i).start());
    for (int k = i - 1; k >= Math.max(doc.sentence(s).first(), i - CARRIER_WINDOW); k--) {
      if (CARRIERS.contains(Words.f(doc.tokens.get(k)))) {
        return true;
      }
    }
    return false;
  }

  /** Adds the noun phrase starting at token k (after an article); the index of the next coordinated one, or -1. */
  private static int phrase(Doc doc, int k) {
    int s = doc.sentenceAt(doc.tokens.get(k).start());
    int last = doc.sentence(s).last();
    if (k < last && TOPIC.contains(Words.f(doc.tokens.get(k)))) {
      k++;
    }
    if (k < last && ARTICLES.contains(Words.f(doc.tokens.get(k)))) {
      k++;
    }
    int end = k;
    while (end < last && end - k < MAX_WORDS && word(doc, end)
        && (end == k || !ThemePhrases.verbalEnd(doc, end, last))) {
      end++;
    }
    if (end == k || doc.tokens.get(k).text().length() < 4 || NUMBER.matcher(Words.f(doc.tokens.get(k))).matches()) {
      return -1;
    }
    int st = doc.tokens.get(k).start();
    int en = doc.tokens.get(end - 1).end();
    if (!doc.coveredBy(st, en, Cand.THEME)) {
      Cand c = doc.add(st, en, EntityType.THEME, null, Cand.THEME - 1, "theme:topic#" + Norm.fold(doc.slice(st, en)));
      c.attrs.put("norm", norm(doc.slice(st, en)));
    }
    return end + 1 < last && AND.contains(Words.f(doc.tokens.get(end))) ? end + 1 : -1;
  }

  /** Words that end a topic: prepositions, relatives, conjunctions, auxiliaries ("si terrà", "will be held"). */
  private static final Set<String> STOP = Words.folded("in", "at", "to", "for", "per", "pour", "para", "with", "con",
      "avec", "that", "which", "che", "que", "qui", "will", "is", "are", "was", "were", "has", "have", "a", "à", "en",
      "nel", "nella", "dans", "by", "da", "from", "between", "tra", "entre", "such", "as", "like", "including", "come",
      "comme", "como", "si", "se", "è", "sono", "sarà", "saranno", "ha", "hanno", "est", "sont", "ont", "sera",
      "seront", "es", "son", "será", "serán", "han");

  private static boolean word(Doc doc, int i) {
    Token t = doc.tokens.get(i);
    String f = Words.f(t);
    return t.isWord() && !t.isUpper() && !AND.contains(f) && !STOP.contains(f)
        && !f.chars().anyMatch(Character::isDigit);
  }

  /** The label of the first vocabulary term inside a phrase, or OTHER. */
  static String norm(String phrase) {
    java.util.List<String> concepts = ThemeRecogniser.conceptsInside(phrase);
    return concepts.isEmpty() ? "OTHER" : concepts.get(0).substring("theme:".length(), concepts.get(0).indexOf('#'));
  }
}
