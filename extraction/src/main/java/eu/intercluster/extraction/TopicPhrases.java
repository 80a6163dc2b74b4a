package eu.intercluster.extraction;

import java.util.Set;

/**
 * THEMEs named as the topic of an event, agreement, call or project right after "on / su / sur / sobre": "a
 * workshop on seabed mapping and coastal monitoring", "protocollo d'intesa su turismo delle aree interne". Each
 * lower-case noun phrase of the topic becomes a theme; its label comes from a vocabulary term inside it, or OTHER.
 */
final class TopicPhrases {
  private static final Set<String> TOPIC = Words.set("on", "su", "sul", "sulla", "sui", "sulle", "sugli", "sullo",
      "sur", "sobre", "about");
  private static final Set<String> CARRIERS = Words.set("workshop", "workshops", "seminar", "seminario", "séminaire",
      "webinar", "conference", "conferenza", "conférence", "conferencia", "convegno", "forum", "foro", "session",
      "sessione", "sesión", "séance", "panel", "tavolo", "mesa", "atelier", "taller", "jornada", "journée", "giornata",
      "agreement", "accordo", "accord", "acuerdo", "convenio", "protocol", "protocollo", "protocole", "protocolo",
      "memorandum", "intesa", "call", "bando", "appel", "convocatoria", "project", "progetto", "projet", "proyecto",
      "mission", "missione", "misión", "summit", "roundtable", "course", "corso", "cours", "curso", "study", "studio",
      "étude", "estudio");
  private static final Set<String> ARTICLES = Words.set("the", "il", "lo", "la", "i", "gli", "le", "l'", "les", "el",
      "los", "las", "des", "du");
  private static final Set<String> AND = Words.set("and", "e", "ed", "et", "y", ",");
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
    if (k < last && ARTICLES.contains(Words.f(doc.tokens.get(k)))) {
      k++;
    }
    int end = k;
    while (end < last && end - k < MAX_WORDS && word(doc, end)) {
      end++;
    }
    if (end == k || doc.tokens.get(k).text().length() < 4) {
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

  private static boolean word(Doc doc, int i) {
    Token t = doc.tokens.get(i);
    String f = Words.f(t);
    return t.isWord() && !t.isUpper() && !AND.contains(f) && !Words.set("in", "at", "to", "for", "per", "pour", "para",
        "with", "con", "avec", "that", "which", "che", "que", "qui", "will", "is", "are", "was", "were", "has", "have",
        "a", "à", "en", "nel", "nella", "dans", "by", "da", "from", "between", "tra", "entre", "such", "as", "like",
        "including", "come", "comme", "como").contains(f)
        && !f.chars().anyMatch(Character::isDigit);
  }

  /** The label of the first vocabulary term inside a phrase, or OTHER. */
  static String norm(String phrase) {
    java.util.List<String> concepts = ThemeRecogniser.conceptsInside(phrase);
    return concepts.isEmpty() ? "OTHER" : concepts.get(0).substring("theme:".length(), concepts.get(0).indexOf('#'));
  }
}
