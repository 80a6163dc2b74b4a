package eu.intercluster.extraction;

import java.util.Map;
import java.util.Set;

/**
 * A programme named by its head word and a complement: "Fondo per lo sviluppo e la coesione", "Piano straordinario
 * per la promozione del Made in Italy", "Plan de relance de la Wallonie", "Fonds européen de la défense",
 * "Estrategia de Especialización Inteligente de la Región de Murcia", "EU Strategy for the Alpine Region",
 * "Support Scheme for Renewable Electricity". The capitalised head decides the type even when an organisation's cue
 * word ("Regione", "Region") follows in the complement; Romance names go on in lower case, English ones only over
 * capitalised words. Over the annotated texts a name starting with such a head is a programme 201 times in 204.
 */
final class HeadedProgrammeNames {
  private HeadedProgrammeNames() {}

  /** Capitalised head words and their kind (folded). */
  private static final Map<String, String> HEADS = Map.ofEntries(
      Map.entry("piano", "strategy"), Map.entry("plan", "strategy"),
      Map.entry("strategia", "strategy"), Map.entry("strategy", "strategy"),
      Map.entry("estrategia", "strategy"), Map.entry("strategie", "strategy"),
      Map.entry("fondo", "funding programme"), Map.entry("fonds", "funding programme"),
      Map.entry("fund", "funding programme"), Map.entry("funds", "funding programme"),
      Map.entry("programma", "funding programme"), Map.entry("programme", "funding programme"),
      Map.entry("programa", "funding programme"), Map.entry("program", "funding programme"),
      Map.entry("scheme", "funding programme"), Map.entry("facility", "funding programme"),
      Map.entry("instrument", "funding programme"));

  /** Words that join a complement to the head or go on inside it (folded). */
  private static final Set<String> JOINS = Words.folded("di", "del", "della", "dello", "dei", "degli", "delle",
      "dell'", "de", "du", "des", "d'", "per", "pour", "para", "for", "of", "la", "le", "les", "l'", "lo", "il", "gli",
      "el", "los", "las", "the", "a");

  /** Capitalised words before the head that belong to the name although they are stop words (folded). */
  private static final Set<String> SCOPE = Words.folded("eu", "european", "europeo", "europea", "europeen",
      "europeenne", "national", "nazionale", "nacional", "nationale", "regional", "regionale", "federal", "federale");

  /** Prepositions that start an adjunct after a name, "in cantieri concreti", "alla voce" (folded). */
  private static final Set<String> ADJUNCTS = Words.folded("in", "en", "a", "al", "alla", "allo", "ai", "agli", "alle",
      "all'", "au", "aux", "on", "to", "at", "con", "with", "avec", "sur", "sobre", "su", "sul", "sulla", "tra", "fra",
      "entre", "between", "dans", "nel", "nella", "nello", "nei", "negli", "nelle", "into", "under", "come", "as",
      "como", "comme");

  private static final Set<String> UNION = Words.folded("unione", "union");

  /** Lower-case region nouns that go on inside a strategy's name, "per la regione adriatica" (folded). */
  private static final Set<String> REGION_NOUNS = Words.folded("regione", "region", "región", "région", "regioni",
      "regions", "regiones");

  /** Conjunctions that may go on inside a name before an article or a capitalised word (folded). */
  private static final Set<String> AND = Words.folded("e", "y", "et", "and");

  /** Verbs that end a lower-case continuation (folded). */
  private static final Set<String> VERBS = Words.folded("e", "è", "est", "es", "ha", "hanno", "sono", "son", "sont",
      "prevede", "prevoit", "preve", "sera", "sara", "will", "is", "has");

  /** Agentive prepositions: the word before them is a participle ("organizzato dal", "financé par") (folded). */
  private static final Set<String> BY = Words.folded("da", "dal", "dalla", "dallo", "dai", "dagli", "dalle",
      "dall'", "par", "por", "by");

  private static final int MAX_WORDS = 10;

  static void recognise(Doc doc) {
    for (int i = 0; i + 2 < doc.tokens.size(); i++) {
      Token head = doc.tokens.get(i);
      String kind = head.isUpper() ? HEADS.get(head.folded()) : null;
      if (kind == null || sentenceStart(doc, i) || covered(doc, head.start())) {
        continue;
      }
      int start = leftStart(doc, i);
      if (start < 0) {
        continue;
      }
      int end = complementEnd(doc, i);
      if (end > 0) {
        String canon = bracketedKnown(doc, end);
        doc.add(doc.tokenStart(start), end, EntityType.PROGRAMME, kind, Cand.PATTERN,
            canon != null ? canon : "T:" + Norm.fold(doc.slice(doc.tokenStart(start), end)));
      }
    }
  }

  /** "Strategia di specializzazione intelligente (S3)": a known programme in brackets names the same one. */
  private static String bracketedKnown(Doc doc, int end) {
    int k = doc.tokenFrom(end);
    if (k + 1 >= doc.tokens.size() || !doc.tokens.get(k).is("(")) {
      return null;
    }
    int offset = doc.tokenStart(k + 1);
    for (Cand c : doc.cands) {
      if (c.type == EntityType.PROGRAMME && c.prio == Cand.KNOWN && c.start == offset) {
        return c.canon;
      }
    }
    return null;
  }

  private static boolean sentenceStart(Doc doc, int i) {
    int first = doc.sentence(doc.sentenceAt(doc.tokenStart(i))).first();
    for (int k = first; k < i; k++) {
      if (doc.tokens.get(k).isWord()) {
        return false;
      }
    }
    return true;
  }

  /** A known or patterned programme already starts at or covers the head ("Piano Nazionale di Ripresa ..."). */
  private static boolean covered(Doc doc, int offset) {
    for (Cand c : doc.cands) {
      if (c.type == EntityType.PROGRAMME && c.prio >= Cand.KNOWN && c.start <= offset && c.end > offset) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first token of the name: capitalised words right before the head that are no cue of an organisation or an
   * event ("EU Strategy", "Support Scheme", "European Funds"), or -1 when one is ("Ministry ... Plan").
   */
  private static int leftStart(Doc doc, int i) {
    Lexicon lex = Lexicon.INSTANCE;
    int start = i;
    int first = doc.sentence(doc.sentenceAt(doc.tokenStart(i))).first();
    for (int k = i - 1; k >= Math.max(first, i - 3); k--) {
      Token t = doc.tokens.get(k);
      boolean scope = SCOPE.contains(t.folded());
      if (!t.isUpper() || !t.isWord() || !scope && (lex.inFolded("stop", t.folded())
          || lex.inFolded("demonym", t.folded()))) {
        break;
      }
      if (lex.inFolded("org", t.folded()) || lex.inFolded("event", t.folded()) || lex.inFolded("venue", t.folded())) {
        return -1;
      }
      start = k;
    }
    return start;
  }

  /**
   * The end offset of the complement after the head at token i, or -1 when none follows. English complements take
   * capitalised words only; Romance ones also lower-case words that are no verb or participle.
   */
  private static int complementEnd(Doc doc, int i) {
    boolean english = "en".equals(doc.lang);
    int last = doc.sentence(doc.sentenceAt(doc.tokenStart(i))).last();
    Token next = doc.tokens.get(i + 1);
    if (i + 1 > last || !JOINS.contains(next.folded()) && (english || next.isUpper() || !next.isWord())) {
      return -1;
    }
    int end = -1;
    for (int k = i + 1, words = 0; k <= last && words < MAX_WORDS; k++, words++) {
      Token t = doc.tokens.get(k);
      String f = t.folded();
      if (JOINS.contains(f) || f.endsWith("'") || f.endsWith("’")) {
        continue;
      }
      if (AND.contains(f) && k + 1 <= last && (doc.tokens.get(k + 1).isUpper() && !english
          || !english && Words.ARTICLES.contains(doc.folded(k + 1))
          || english && doc.tokens.get(k + 1).isUpper() && !Words.ARTICLES.contains(doc.folded(k + 1))) && end > 0) {
        continue;
      }
      if (t.text().matches("[-–/]") && end > 0 && k + 1 <= last && doc.tokenText(k + 1).matches("\\d{2,4}")) {
        continue;
      }
      if (t.text().matches("\\d{4}(?:[-–/]\\d{2,4})?") || t.text().matches("\\d{2}") && doc.tokenText(k - 1).matches("[-–/]")) {
        end = t.end();
        boolean range = k + 2 <= last && doc.tokenText(k + 1).matches("[-–/]")
            && doc.tokenText(k + 2).matches("\\d{2,4}");
        if (range) {
          continue;
        }
        break; // the period ends the name
      }
      String orgKind = Lexicon.INSTANCE.cueFolded("org", f);
      if (!t.isWord() || "company".equals(orgKind)) {
        break;
      }
      boolean upper = t.isUpper();
      if (!upper && ADJUNCTS.contains(f) || end > 0 && !owned(doc, k, upper, english)) {
        break;
      }
      boolean participle = k + 1 <= last && BY.contains(doc.folded(k + 1));
      if (!upper && (english || VERBS.contains(f) || participle || Words.PHRASE_STOP.contains(f))) {
        break;
      }
      end = t.end();
    }
    return end;
  }

  /**
   * Whether the word at token k, after the name's first words, may still belong to it: a place or a region ("de la
   * Región de Murcia", "for the Alpine Region", "dell'Unione europea"), any other lower-case word but an organisation's
   * noun, no other capitalised name ("di Unioncamere", "del Ministero": the owner, not the name).
   */
  private static boolean owned(Doc doc, int k, boolean upper, boolean english) {
    Lexicon lex = Lexicon.INSTANCE;
    String f = doc.folded(k);
    if (REGION_NOUNS.contains(f) || UNION.contains(f)) {
      return true;
    }
    if (!upper) {
      return !lex.inFolded("org", f) && !lex.inFolded("orglower", f);
    }
    if (!Words.CONNECTORS.contains(doc.folded(k - 1)) && !Words.ARTICLES.contains(doc.folded(k - 1))
        && !doc.folded(k - 1).endsWith("'")) {
      return true; // "Región de Murcia": the name goes on after its first capitalised word
    }
    if (english) {
      return !lex.inFolded("org", f) && !Norm.isAcronymLike(doc.tokenText(k)); // "of Major Importance"
    }
    int offset = doc.tokenStart(k);
    for (Cand c : doc.cands) {
      if (c.type == EntityType.PLACE && c.start <= offset && c.end > offset) {
        return true;
      }
    }
    return lex.inFolded("stop", f);
  }
}
