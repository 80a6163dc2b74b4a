package eu.intercluster.extraction;

import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * THEMEs named as what an organisation does, right after a cue of its trade: "a producer of table olives",
 * "specializzata in visione artificiale", "spécialisée dans le traitement des eaux", "especializada en madera
 * estructural", "working on gene therapies", "consacrée à la photonique". The lower-case noun phrase after the cue
 * (after an article) becomes a theme, and so does each phrase coordinated with it by "and / e / et / y"; its label
 * comes from a vocabulary term inside it, or OTHER. A phrase that overlaps a theme or a name already found is left
 * to it (a cue phrase over a vocabulary term, "settori della salute" over "salute", lost in cross-validation).
 */
final class ThemeCues {
  private static final Pattern CUE = Pattern.compile("\\b(?:"
      + "speciali[sz]z?at[oaie] (?:in|nel|nella|nei|nelle|nello|negli|nell['’])|attiv[oaie] (?:nel|nella|nei|nelle"
      + "|nello|negli|nell['’])|focalizzat[oaie] su(?:l|lla|i|lle|gli|llo|ll['’])?|produttor[ei] di|produttrice di"
      + "|che produc(?:e|ono)"
      + "|speciali[sz](?:ed|es|ing) in|work(?:s|ing) on|focus(?:es|ed|ing)? on|active in|which makes|that makes"
      + "|develops|(?:maker|producer|manufacturer|supplier|developer)s? of"
      + "|spéciali(?:sée?s?|ste) (?:dans|en|des|du)|consacrée?s? (?:à|au|aux)|(?:fabricant|producteur|productrice)s? (?:de|du|des)"
      + "|especializad[oa]s? en|dedicad[oa]s? (?:a|al)|(?:fabricante|productor|productora)s? (?:de|del)"
      + "|port(?:e|ent|ant|é|ée|és|ées) sur|axée?s? sur|incentrat[oaie] su(?:l|lla|i|lle|gli|llo|ll['’])?"
      + "|centrad[oa]s? en|centr[óo] en)"
      + "\\s+(?:(?:the|il|lo|la|i|gli|le|les|el|los|las|des|du|de la)\\s+|(?:l|de l)['’])?",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** Words that end a phrase: coordination, relatives, verbs, prepositions of place and time. */
  private static final Set<String> STOP = Words.folded("and", "e", "ed", "et", "y", "o", "or", "ou", "that", "which",
      "who", "che", "qui", "que", "cui", "dont", "with", "con", "avec", "to", "is", "are", "was", "will", "has", "have",
      "è", "sono", "ha", "est", "sont", "es", "son", "in", "nel", "nella", "a", "à", "al", "alla", "at", "from", "da",
      "dal", "since", "while", "mentre", "as", "come", "comme", "como", "such", "like", "including", "tra", "entre",
      "between", "by", "par");
  private static final Set<String> AND = Words.folded("and", "e", "ed", "et", "y");
  /** Articles and prepositions that open a phrase: "la vannerie et aux teintures", "in robotica e nella logistica". */
  private static final Set<String> OPENERS = Words.folded("the", "il", "lo", "la", "i", "gli", "le", "l'", "les", "el",
      "los", "las", "au", "aux", "à", "a", "al", "alla", "allo", "ai", "alle", "agli", "all'", "in", "nel", "nella",
      "nello", "nei", "nelle", "negli", "nell'", "en", "dans", "des", "du", "de", "del", "della", "dei", "delle",
      "dell'", "on", "su", "sur", "sobre");
  /** A connector or article never ends a phrase: "componenti per" is cut to "componenti". */
  private static final Set<String> OPEN_END = Words.folded("of", "di", "de", "del", "della", "dello", "dei", "degli",
      "delle", "dell'", "des", "du", "d'", "per", "for", "pour", "para", "the", "la", "le", "il", "lo", "l'", "les",
      "el", "los", "las", "en", "on", "su", "sur", "sobre", "i", "gli");
  private static final int MAX_WORDS = 8;

  private ThemeCues() {}

  static void recognise(Doc doc) {
    for (MatchResult m : WordStartMatches.of(doc, CUE)) {
      int k = doc.tokenFrom(m.end());
      while (k >= 0 && k < doc.tokens.size()) {
        k = phrase(doc, k);
      }
    }
  }

  /** Adds the phrase starting at token k; the index of the next coordinated phrase, or -1. */
  private static int phrase(Doc doc, int k) {
    int last = doc.sentence(doc.sentenceAt(doc.tokens.get(k).start())).last();
    while (k < last && OPENERS.contains(Words.f(doc.tokens.get(k)))) {
      k++;
    }
    int end = k;
    while (end < last && end - k < MAX_WORDS && word(doc, end)
        && (end == k || !ThemePhrases.verbalEnd(doc, end, last))) {
      end++;
    }
    while (end > k && OPEN_END.contains(Words.f(doc.tokens.get(end - 1)))) {
      end--;
    }
    if (end == k || doc.tokens.get(k).text().length() < 4) {
      return -1;
    }
    int st = doc.tokens.get(k).start();
    int en = doc.tokens.get(end - 1).end();
    if (!doc.coveredBy(st, en, Cand.THEME - 1)) {
      Cand c = doc.add(st, en, EntityType.THEME, null, Cand.THEME - 1, "theme:cue#" + Norm.fold(doc.slice(st, en)));
      c.attrs.put("norm", TopicPhrases.norm(doc.slice(st, en)));
    }
    return end + 1 < last && AND.contains(Words.f(doc.tokens.get(end))) ? end + 1 : -1;
  }

  private static boolean word(Doc doc, int i) {
    Token t = doc.tokens.get(i);
    String f = Words.f(t);
    String gap = i == 0 ? "" : doc.slice(doc.tokens.get(i - 1).end(), t.start());
    return (gap.isEmpty() || gap.equals(" ")) && t.isWord() && !t.isUpper() && !STOP.contains(f)
        && f.chars().noneMatch(Character::isDigit);
  }
}
