package eu.intercluster.extraction;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words that make an agreement noun a name of its own: English modifiers before it ("a distribution agreement",
 * "a five-year heat purchase agreement", "the research collaboration agreement") and a Romance complement after it
 * ("un accordo di distribuzione", "un accord de licence exclusive", "un acuerdo de suministro", "un accordo
 * commerciale"). Such a mention is a new agreement, not a reference to the one before it.
 */
final class AgreementNames {
  private AgreementNames() {}

  /** English words that end an agreement's name on the left: determiners, numbers, ordinals, evaluations (folded). */
  private static final Set<String> NOT_MODIFIERS = Words.folded("a", "an", "the", "this", "that", "these", "those",
      "its", "their", "his", "her", "our", "your", "such", "any", "each", "every", "no", "all", "both", "other",
      "another", "same", "new", "first", "second", "third", "fourth", "fifth", "further", "previous", "last", "latest",
      "recent", "existing", "similar", "formal", "historic", "important", "major", "key", "landmark", "broad",
      "broader", "wide", "wider", "bilateral", "multilateral", "joint", "great", "good", "commercial", "global",
      "overall", "final", "initial", "preliminary", "specific", "separate", "several", "two", "three", "four", "five",
      "of", "for", "and", "or", "to", "in", "on", "at", "by", "with", "from", "as", "under", "into", "signed", "sign",
      "signs", "signing", "renewed", "agreed", "one", "which", "what", "whose", "binding", "reach", "have", "has", "had",
      "make", "renew", "renews", "extend", "extends", "approve", "approves", "announce", "announces", "finalise",
      "finalize", "negotiate", "conclude", "agree", "agrees", "seal", "ink", "inks", "sign", "was", "were", "is", "are", "be", "will", "would", "can", "could", "not", "also", "through", "announced");

  private static final Pattern ENGLISH_WORD = Pattern.compile("[a-z]{3,}(?:-[a-z]{2,})*");

  /** The start of the English name whose head noun is token i: up to two modifiers before it. */
  static int modifiersBefore(Doc doc, int i) {
    int first = doc.sentence(doc.sentenceAt(doc.tokenStart(i))).first();
    int start = i;
    for (int k = i - 1; k >= Math.max(first, i - 2); k--) {
      Token t = doc.tokens.get(k);
      String f = t.folded();
      if (t.isUpper() || !ENGLISH_WORD.matcher(t.text()).matches() || NOT_MODIFIERS.contains(f)
          || f.endsWith("ed") || f.endsWith("ly") && !f.endsWith("ply") || f.endsWith("year") || f.endsWith("years")) {
        break;
      }
      start = k;
    }
    return start;
  }

  private static final Set<String> OF = Words.folded("di", "d'", "de", "d’");

  /** Nouns after "di / de" that are no agreement's subject: durations, amounts, articles (folded). */
  private static final Set<String> NOT_COMPLEMENTS = Words.folded("la", "le", "les", "il", "el", "los", "las", "un",
      "una", "une", "uno", "durata", "duracion", "duree", "anni", "anos", "ans", "mesi", "meses", "mois", "tre",
      "cinque", "due", "dos", "tres", "cinco", "deux", "trois", "cinq", "dieci", "diez", "dix", "valore", "valor",
      "valeur", "euro", "euros", "milioni", "millones", "millions", "questo", "questa", "este", "esta", "ce", "cette",
      "oggi", "ieri", "hoy", "ayer", "hier", "programma", "progetto", "lavoro", "quattro", "sei", "dodici", "venti",
      "cuatro", "seis", "doce", "veinte", "quatre", "six", "douze", "vingt", "principio", "principe", "massima");

  /** Infinitives ("acuerdo de impulsar", "accordo di recuperare") are no complement. */
  private static final Pattern INFINITIVE = Pattern.compile(".*(?:are|ere|ire|ar|er|ir)");

  /** Adjectives that go on a Romance agreement's name ("commerciale", "scientifica", "exclusive"), not participles. */
  private static final Pattern ADJECTIVE = Pattern.compile(
      "(?:.*(?:ale|ali|al|ales|ile|ico|ica|ici|iche|ique|iques|ivo|iva|ivi|ive|ives|if|ante|anti|elle|elles|iero|iera|iere|ieres)"
          + "|congiunto|congiunta|conjunto|conjunta|commun|commune|comune|comun)");

  /** Duration adjectives are an attribute, not part of the name ("convenzione quinquennale"), and verbs (folded). */
  private static final Set<String> NOT_ADJECTIVES = Words.folded("annuale", "biennale", "triennale", "quadriennale",
      "quinquennale", "pluriennale", "decennale", "annual", "anual", "bienal", "trienal", "annuel", "annuelle",
      "biennal", "triennal", "pluriannuel", "pluriannuelle", "plurianual", "implica", "significa", "indica", "applica",
      "vale", "comunica", "dedica", "modifica", "rivela", "prevede", "ratifica", "explica", "aplica", "indique",
      "implique", "signifique", "applique", "fabrica", "practica", "pratica", "replica", "equivale", "sale");

  /**
   * The end of a Romance agreement noun's name whose last token is i: "di / de" and a noun that is no infinitive,
   * duration or amount (only when complement is true), then one adjective ("accordo commerciale", "accord de
   * licence exclusive"). Returns the end offset, or -1 when nothing follows that belongs to the name.
   */
  static int complementAfter(Doc doc, int i, boolean complement) {
    int n = doc.tokens.size();
    int last = doc.sentence(doc.sentenceAt(doc.tokenStart(i))).last();
    int k = i + 1;
    int end = -1;
    if (k + 1 <= last && k + 1 < n && OF.contains(doc.folded(k)) && complement) {
      Token noun = doc.tokens.get(k + 1);
      String f = noun.folded();
      if (noun.isUpper() || !noun.isWord() || NOT_COMPLEMENTS.contains(f) || INFINITIVE.matcher(f).matches()
          || Character.isDigit(f.charAt(0))) {
        return -1;
      }
      end = noun.end();
      k += 2;
    }
    if (k <= last && k < n) {
      Token adj = doc.tokens.get(k);
      String f = adj.folded();
      if (!adj.isUpper() && adj.isWord() && !NOT_ADJECTIVES.contains(f) && ADJECTIVE.matcher(f).matches()) {
        end = adj.end();
      }
    }
    return end;
  }
}
