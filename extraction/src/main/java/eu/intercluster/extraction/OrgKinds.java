package eu.intercluster.extraction;

import java.util.Map;
import java.util.regex.Pattern;

/** Kind of an organisation named without a cue word, from the common noun before it ("l'azienda Rossi"). */
final class OrgKinds {
  private OrgKinds() {}

  /** "la piattaforma FinPiemonte Online", "il bando X": the programme kind of the noun right before a name. */
  static String programmeBefore(Doc doc, int tokenIndex) {
    boolean adjective = false;
    for (int i = tokenIndex - 1; i >= Math.max(0, tokenIndex - 3); i--) {
      Token t = doc.tokens.get(i);
      String kind = Lexicon.INSTANCE.cue("programmenoun", t.text());
      if (kind != null && !t.isUpper()) {
        return kind;
      }
      boolean function = Words.ARTICLES.contains(Words.f(t)) || Words.CONNECTORS.contains(Words.f(t));
      if (!function && (adjective || i != tokenIndex - 1 || !SCOPE_ADJECTIVE.matcher(t.text()).matches())) {
        return null;
      }
      adjective |= !function;
    }
    return null;
  }

  /** "progetto europeo X", "the national project X": one adjective of scope between the noun and the name. */
  private static final Pattern SCOPE_ADJECTIVE = Pattern.compile(
      "europe[oa]|europei|europee|european|européen|européenne|nazionale|national|nacional"
      + "|regionale|regional|régional|transfrontaliero|cross-border|transfronterizo|transfrontalier|pilota|pilot"
      + "|comunitario|new|nuovo|nouveau|nuevo|joint|congiunto|commun|conjunto");

  private static final Map<String, String> PROGRAMME_NOUN_AFTER = Map.of("project", "project",
      "programme", "funding programme", "program", "funding programme", "initiative", "initiative");

  /**
   * "the BRIDGE initiative", "the HyGATE programme": a lower-case programme noun right after the name; "LIFE
   * GreenSkiLift": a LIFE project. The kind, or null.
   */
  static String programmeAfter(Doc doc, int start, int end) {
    if (end - start >= 2 && doc.tokenText(start).equals("LIFE")) {
      return "project";
    }
    if (end >= doc.tokens.size() || doc.tokens.get(end).isUpper()) {
      return null;
    }
    return PROGRAMME_NOUN_AFTER.get(Words.f(doc.tokens.get(end)));
  }

  /**
   * "Ecomondo, la fiera internazionale ...", "PORTWIN, a three-year research project ...": the common noun of
   * an appositive right after a name gives its type and kind, or null.
   */
  static String[] apposition(Doc doc, int end) {
    if (end + 1 >= doc.tokens.size() || !doc.tokens.get(end).is(",")) {
      return null;
    }
    Lexicon lex = Lexicon.INSTANCE;
    for (int i = end + 1; i < Math.min(doc.tokens.size(), end + 8); i++) {
      Token t = doc.tokens.get(i);
      boolean filler = t.is("-") || t.text().chars().allMatch(Character::isDigit);
      if (filler) {
        continue;
      }
      if (!t.isWord() || t.isUpper()) {
        return null;
      }
      String f = t.folded();
      if (lex.cueFolded("eventnoun", f) != null && !Words.set("incontro", "meeting", "evento", "event", "visita", "visit",
          "iniziativa", "initiative").contains(f)) {
        return new String[] {"EVENT", lex.cueFolded("eventnoun", f)};
      }
      if (lex.cueFolded("programmenoun", f) != null) {
        return new String[] {"PROGRAMME", lex.cueFolded("programmenoun", f)};
      }
    }
    return null;
  }

  static String fromContext(Doc doc, int tokenIndex) {
    Lexicon lex = Lexicon.INSTANCE;
    for (int i = tokenIndex - 1; i >= Math.max(0, tokenIndex - 3); i--) {
      Token t = doc.tokens.get(i);
      if (!t.isWord() && !t.text().endsWith("'") && !t.text().endsWith("’")) {
        break;
      }
      String kind = lex.cue("orglower", t.text());
      if (kind != null && !t.isUpper()) {
        return kind;
      }
    }
    return null;
  }
}
