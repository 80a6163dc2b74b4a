package eu.intercluster.extraction;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Kinds from the words around a name: an organisation named without a cue word, from the common noun before it
 * ("l'azienda Rossi"); a programme from the noun before it; a "Dipartimento di" as a university department.
 */
final class OrgKinds {
  private OrgKinds() {}

  /**
   * "Dipartimento di Ingegneria Industriale": an Italian "Dipartimento di" is a university's department, not the
   * government body the word alone suggests ("Dipartimento per le politiche del mare", "Dipartimento Sviluppo
   * Economico" stay government). In the annotated texts "Dipartimento di" was a university or research body 53 times
   * and a government body never.
   */
  static String department(Doc doc, int first, String kind) {
    boolean universityDepartment = "government".equals(kind) && first + 1 < doc.tokens.size()
        && "dipartimento".equals(doc.folded(first)) && "di".equals(doc.folded(first + 1));
    return universityDepartment ? "university" : kind;
  }

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
    end = afterParenthesis(doc, end);
    if (end + 1 >= doc.tokens.size() || !doc.tokens.get(end).is(",")) {
      return null;
    }
    Lexicon lex = Lexicon.INSTANCE;
    for (int i = end + 1; i < Math.min(doc.tokens.size(), end + 8); i++) {
      Token t = doc.tokens.get(i);
      boolean filler = t.is("-") || AMOUNT.matcher(t.text()).matches() || scopeName(doc, i);
      if (filler) {
        continue;
      }
      if (!t.isWord() || t.isUpper()) {
        return null;
      }
      String f = t.folded();
      if (PARTNER_WORDS.contains(f)) {
        return null;
      }
      if (lex.cueFolded("eventnoun", f) != null && !Words.set("incontro", "meeting", "evento", "event", "visita", "visit",
          "iniziativa", "initiative").contains(f)) {
        return new String[] {"EVENT", lex.cueFolded("eventnoun", f)};
      }
      if (lex.cueFolded("programmenoun", f) != null) {
        boolean partnerAfter = i + 1 < doc.tokens.size() && PARTNER_WORDS.contains(doc.tokens.get(i + 1).folded());
        return partnerAfter ? null : new String[] {"PROGRAMME", lex.cueFolded("programmenoun", f)};
      }
    }
    return null;
  }

  /** Numbers, amounts and currency signs inside an apposition: "a €2.4 million project", "a PLN 96 million". */
  private static final Pattern AMOUNT = Pattern.compile("[€£$]?\\d[\\d.,]*( \\p{L}+)?|[€£$]");

  /**
   * A capitalised word an apposition may hold before its noun: a demonym or "European" ("a new European project"),
   * or a currency code before a number ("a PLN 96 million project").
   */
  private static boolean scopeName(Doc doc, int i) {
    Token t = doc.tokens.get(i);
    if (!t.isWord() || !t.isUpper()) {
      return false;
    }
    if (Lexicon.INSTANCE.inFolded("demonym", t.folded()) || t.text().equals("EU")) {
      return true;
    }
    return t.text().matches("\\p{Lu}{3}") && i + 1 < doc.tokens.size()
        && AMOUNT.matcher(doc.tokens.get(i + 1).text()).matches();
  }

  /** "RETEX-ALP (Recupero Tessile nelle Alpi), il progetto": the token after a short parenthesis after the name. */
  private static int afterParenthesis(Doc doc, int end) {
    if (end >= doc.tokens.size() || !doc.tokens.get(end).is("(")) {
      return end;
    }
    for (int i = end + 1; i < Math.min(doc.tokens.size(), end + 10); i++) {
      if (doc.tokens.get(i).is(")")) {
        return i + 1;
      }
    }
    return end;
  }

  /** A partner, coordinator or member of a project is an organisation: "X, the coordinator of the project". */
  private static final java.util.Set<String> PARTNER_WORDS = Words.folded("partner", "partners", "coordinator",
      "coordinatore", "coordinatrice", "capofila", "leader", "lead", "socio", "socia", "socios", "partenaire",
      "partenaires", "coordinateur", "coordinador", "coordinadora", "member", "members", "membro", "membre",
      "miembro", "beneficiary", "beneficiario", "beneficiaria", "bénéficiaire");

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
