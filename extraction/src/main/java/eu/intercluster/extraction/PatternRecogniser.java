package eu.intercluster.extraction;

import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Names found by their shape: regional EU fund programmes ("Pr Fesr 2021-2027"), national or European
 * strategies ("strategia nazionale per l’intelligenza artificiale"), and quoted names after a cue word
 * (“Progetto Alfa” after "Comitato", a quoted seminar title after "seminario ... dedicato a").
 */
final class PatternRecogniser {
  private static final Pattern FUND = Pattern.compile(
      "\\b(?:PR|Pr|POR|Por|PN|PON|Programma (?:regionale|operativo regionale)|Regional Programme|Programme régional"
          + "|Programa regional)\\s+(?:FESR|Fesr|FSE\\+?|Fse\\+?|FEASR|Feasr|ERDF|ESF\\+?|FEDER|Feder|FSE\\+)"
          + "(?:\\s+\\d{4}\\s*[-–/]\\s*\\d{4})?"
          + "|\\b(?:ERDF|ESF\\+?|FESR|FSE\\+?|FEDER)\\s+(?:regional|operational)\\s+programme\\s+(?:of|for)\\s+\\p{Lu}\\p{L}+");
  private static final Pattern STRATEGY = Pattern.compile(
      "(?i)\\b(?:strategia|strategy|estrategia|stratégie)\\s+(?:nazionale|europea|regionale|italiana|national|european"
          + "|regional|nacional|nationale|européenne|régionale|industriale|industrial)\\b"
          + "|\\b(?:national|european|regional|industrial)\\s+strategy\\b");
  private static final Set<String> OPEN_QUOTES = Words.set("“", "\"", "«", "‘");
  private static final int MAX_STRATEGY_WORDS = 6;

  private PatternRecogniser() {}

  static void recognise(Doc doc) {
    for (MatchResult m : WordStartMatches.of(doc, FUND)) {
      doc.add(m.start(), m.end(), EntityType.PROGRAMME, "funding programme", Cand.PATTERN,
          "T:" + Norm.fold(m.group()));
    }
    strategies(doc);
    quotedNames(doc);
  }

  private static void strategies(Doc doc) {
    for (MatchResult m : WordStartMatches.of(doc, STRATEGY)) {
      int i = doc.tokenFrom(m.end());
      int end = m.end();
      int words = 0;
      int limit = doc.sentence(doc.sentenceAt(m.start())).last();
      while (i < limit && words < MAX_STRATEGY_WORDS) {
        Token t = doc.tokens.get(i);
        String f = Words.f(t);
        if (!t.isWord() || Words.PHRASE_STOP.contains(f)) {
          break;
        }
        if (!Words.CONNECTORS.contains(f) && !f.endsWith("'") && !Words.set("per", "for", "on", "sulla", "sul", "il",
            "la", "le", "the", "pour", "para", "el", "l'").contains(f)) {
          end = t.end();
        }
        words++;
        i++;
      }
      doc.add(m.start(), end, EntityType.PROGRAMME, "strategy", Cand.PATTERN,
          "T:" + Norm.fold(doc.slice(m.start(), end)));
    }
  }

  private static void quotedNames(Doc doc) {
    Lexicon lex = Lexicon.INSTANCE;
    for (int q = 0; q < doc.tokens.size(); q++) {
      if (!OPEN_QUOTES.contains(doc.tokens.get(q).text())) {
        continue;
      }
      int close = closing(doc, q);
      if (close < 0 || !doc.tokens.get(q + 1).isUpper()) {
        continue;
      }
      int innerStart = doc.tokens.get(q + 1).start();
      int innerEnd = doc.tokens.get(close - 1).end();
      String innerCanon = "T:" + Norm.fold(doc.slice(innerStart, innerEnd));
      String after = appositiveProgramme(doc, close);
      if (after != null) {
        doc.add(innerStart, innerEnd, EntityType.PROGRAMME, after, Cand.PATTERN, innerCanon);
        continue;
      }
      boolean titled = q >= 2 && TITLE_WORDS.contains(Words.f(doc.tokens.get(q - 1)))
          || q >= 3 && TITLE_WORDS.contains(Words.f(doc.tokens.get(q - 2)));
      if (titled && titledHead(doc, q, innerStart, innerEnd, innerCanon)) {
        continue;
      }
      int sentenceFirst = doc.sentence(doc.sentenceAt(doc.tokens.get(q).start())).first();
      for (int c = q - 1; c >= Math.max(sentenceFirst, q - 7); c--) {
        Token t = doc.tokens.get(c);
        if (!t.isWord() && !t.text().endsWith("'") && !t.text().endsWith("’")) {
          break;
        }
        String programmeKind = t.isUpper() ? null : lex.cue("programmenoun", t.text());
        String eventKind = lex.cue("eventnoun", t.text());
        String orgKind = lex.cue("orglower", t.text());
        if (orgKind == null) {
          orgKind = lex.cue("org", t.text());
        }
        if (programmeKind != null && c >= q - 2) {
          doc.add(innerStart, innerEnd, EntityType.PROGRAMME, programmeKind, Cand.PATTERN, innerCanon);
          break;
        }
        if (eventKind != null) {
          Cand e = doc.add(innerStart, innerEnd, EntityType.EVENT, eventKind, Cand.PATTERN, innerCanon);
          e.attrs.put("_titled", Boolean.TRUE);
          break;
        }
        if (orgKind != null && (c >= q - 2 || !t.isUpper())) {
          doc.add(t.start(), doc.tokens.get(close).end(), EntityType.ORG, orgKind, Cand.PATTERN, innerCanon);
          doc.add(innerStart, innerEnd, EntityType.ORG, orgKind, Cand.PATTERN - 1, innerCanon);
          break;
        }
        if (t.isUpper() && c < q - 1) {
          break;
        }
      }
    }
  }

  private static final Set<String> TITLE_WORDS = Words.set("titolo", "titled", "entitled", "intitolato", "intitolata",
      "intitulé", "intitulée", "titulado", "titulada", "title", "titre", "título", "denominato", "denominata", "called");

  /** "un workshop aperto alle imprese dal titolo “...”": the event or programme noun before the title. */
  private static boolean titledHead(Doc doc, int q, int innerStart, int innerEnd, String innerCanon) {
    Lexicon lex = Lexicon.INSTANCE;
    int first = doc.sentence(doc.sentenceAt(doc.tokens.get(q).start())).first();
    for (int c = q - 1; c >= Math.max(first, q - 10); c--) {
      Token t = doc.tokens.get(c);
      String eventKind = t.isUpper() ? null : lex.cue("eventnoun", t.text());
      String programmeKind = t.isUpper() ? null : lex.cue("programmenoun", t.text());
      if (eventKind != null) {
        Cand e = doc.add(innerStart, innerEnd, EntityType.EVENT, eventKind, Cand.PATTERN, innerCanon);
        e.attrs.put("_titled", Boolean.TRUE);
        Cand m = doc.add(t.start(), t.end(), EntityType.EVENT, eventKind, Cand.GENERIC, innerCanon);
        m.generic = true;
        return true;
      }
      if (programmeKind != null) {
        doc.add(innerStart, innerEnd, EntityType.PROGRAMME, programmeKind, Cand.PATTERN, innerCanon);
        return true;
      }
    }
    return false;
  }

  /** “HPC4SME”, a €6 million call ...: the kind of a programme noun in a short appositive after the quote. */
  private static String appositiveProgramme(Doc doc, int close) {
    if (close + 2 >= doc.tokens.size() || !doc.tokens.get(close + 1).is(",")) {
      return null;
    }
    int limit = doc.sentence(doc.sentenceAt(doc.tokens.get(close).start())).last();
    String first = Words.f(doc.tokens.get(close + 2));
    if (!Words.set("a", "an", "the", "un", "una", "uno", "une", "il", "la", "le", "el", "l'", "un'").contains(first)) {
      return null;
    }
    for (int k = close + 3; k < Math.min(limit, close + 9); k++) {
      Token t = doc.tokens.get(k);
      if (t.is(",") || t.is(".")) {
        return null;
      }
      String kind = t.isUpper() ? null : Lexicon.INSTANCE.cue("programmenoun", t.text());
      if (kind != null) {
        return kind;
      }
    }
    return null;
  }

  private static int closing(Doc doc, int q) {
    for (int i = q + 1; i < Math.min(doc.tokens.size(), q + 16); i++) {
      String t = doc.tokens.get(i).text();
      if (t.equals("”") || t.equals("\"") || t.equals("»") || t.equals("’")) {
        return i > q + 1 ? i : -1;
      }
    }
    return -1;
  }
}
