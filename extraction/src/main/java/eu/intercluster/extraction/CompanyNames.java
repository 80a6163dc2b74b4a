package eu.intercluster.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name that is complete before a following "di / of / de City": it ends in a company's legal form ("Ricircola
 * S.r.l.", "AlpineAI GmbH", "Medibots s.r.o.") or is an acronym ("INESC TEC"). The city is then where the
 * organisation is, not part of its name ("AlpineAI GmbH di Innsbruck"). A legal form after a name belongs to it.
 */
final class CompanyNames {
  /** Company legal forms, as a regular-expression alternation. */
  private static final String FORMS = "S\\.?p\\.?A\\.?|S\\.?r\\.?l\\.?(?:s\\.?)?"
      + "|GmbH|AG|SA|S\\.A\\.|SAS|SARL|S\\.L\\.|SL|SLU|B\\.?V\\.?|N\\.?V\\.?|Ltd\\.?|Inc\\.?|Plc|PLC|LLC|Kft\\.?"
      + "|d\\.o\\.o\\.?|s\\.r\\.o\\.?|a\\.s\\.?|Oy|Oyj|AB|ASA|A/S|ApS|e\\.V\\.?|SpA|Spa|Srl|S\\.L\\.U\\.|IKE|SAL"
      + "|Zrt\\.?|Lda\\.?|Ltda\\.?|S\\.à r\\.l\\.";
  private static final Pattern LEGAL_FORM = Pattern.compile("(?u)(?:^|\\s)(?:" + FORMS + ")$");

  /** A legal form ending a name, with the separator before it: "Arden Robotics, Inc.", "Nordvik Oy", "Halden plc". */
  private static final Pattern TRAILING_FORM = Pattern.compile("(?u),?\\s(?:" + FORMS
      + "|plc|d\\.d\\.|Lda|Ltda\\.?|Sgr|SGR|Co\\., Ltd\\.|Corporation)$");
  /** Abbreviated legal forms whose period the tokenizer left out ("Inc", "Kft"): "Ltd" and its kind lose it at a
   * sentence end, as annotators write them ("... with Midland Hydro Ltd."); the others keep it ("Cyberlabs Kft.",
   * "Mar Salgado Lda.", "Nowy Dom Sp. z o.o."). */
  private static final String DROPS_PERIOD = "Inc|Ltd|Co|Corp|Pvt|Pty|Bhd";
  private static final String KEEPS_PERIOD_FORMS = "Kft|Sp|Ltda|Lda|Zrt";
  private static final Pattern ABBREVIATED = Pattern.compile("\\s(?:" + DROPS_PERIOD + "|" + KEEPS_PERIOD_FORMS + ")$");
  private static final Pattern KEEPS_PERIOD = Pattern.compile("\\s(?:" + KEEPS_PERIOD_FORMS + ")$");
  /** What follows a sentence's end. */
  private static final Pattern SENTENCE_END = Pattern.compile("^\\s*(?:$|\\n|\\p{Lu}|[«\"“])");
  /** The period the tokenizer left out after an abbreviated form, and what may follow it. */
  private static final Pattern AFTER_PERIOD = Pattern.compile("^\\.(?:,? (?:Ltd|Inc)\\.| z o\\.o\\.| Ltd\\.)?");
  /** A legal form written after the name in lower case or with dots: "Luka Koper d.d.", "HZwo e.V.", "IQE plc". */
  private static final Pattern TAIL = Pattern.compile("^,? (?:d\\.o\\.o\\.|d\\.d\\.|e\\.V\\.|s\\.r\\.o\\.|a\\.s\\."
      + "|plc|cvba|vzw|asbl|Sp\\. z o\\.o\\.|S\\.A\\.|Co\\., Ltd\\.)(?![\\p{L}\\d])");

  /** A one-letter or short abbreviation the tokenizer cut at its period that starts a dotted legal form. */
  private static final Pattern DOTTED_START = Pattern.compile("\\s(?:S|Soc|C)$");
  /** "Frutas del Segura S. Coop.", "Olivar del Sur S.Coop.And.", "Olio del Carso Soc. Agr. Coop.", "Piaggio & C.
   * S.p.A.": the rest of a dotted legal form. */
  private static final Pattern DOTTED_REST = Pattern.compile("^\\. ?(?:(?:Agr\\. )?Coop\\.(?: ?(?:Galega|Gallega|Andaluza|"
      + "Valenciana|Agraria|Limitada|And\\.|Val\\.)(?![\\p{L}]))?|S\\.p\\.A\\.|S\\.r\\.l\\.|S\\.n\\.c\\.|S\\.a\\.s\\.|L\\.|Agr\\."
      + "|à r\\.l\\.)");
  /** "Mobilis Robotics A/S": the tokenizer cut the Danish and Norwegian legal form at its slash. */
  private static final Pattern SLASHED_START = Pattern.compile("\\sA$");
  private static final Pattern SLASHED_REST = Pattern.compile("^/S(?![\\p{L}\\d])");

  private CompanyNames() {}

  /** Extends each organisation name over the legal form that follows it: "Halden Bau e.V.", "Brightwave Inc.". */
  static void extendOverLegalForms(Doc doc) {
    for (Cand c : new ArrayList<>(doc.cands)) {
      if (c.type != EntityType.ORG || c.generic || c.reference) {
        continue;
      }
      String name = doc.slice(c.start, c.end);
      String after = doc.text.substring(c.end, Math.min(doc.text.length(), c.end + 24));
      boolean abbreviated = ABBREVIATED.matcher(name).find();
      Matcher m = abbreviated ? AFTER_PERIOD.matcher(after) : TAIL.matcher(after);
      if (!m.find()) {
        abbreviated = false;
        m = cutRest(name, after);
        if (m == null) {
          continue;
        }
      }
      boolean dropPeriod = abbreviated && !KEEPS_PERIOD.matcher(name).find()
          && SENTENCE_END.matcher(after.substring(m.end())).find();
      int end = dropPeriod ? m.end() - 1 : m.end();
      int sentenceEnd = doc.sentence(doc.sentenceAt(c.start)).end();
      if (end > 0 && c.end + end <= sentenceEnd) {
        replaceWithSpan(doc, c, c.start, c.end + end);
      }
    }
  }

  /** The rest of a legal form the tokenizer cut: "S" + ". Coop.", "A" + "/S"; null when none follows. */
  private static Matcher cutRest(String name, String after) {
    Matcher m = DOTTED_REST.matcher(after);
    if (DOTTED_START.matcher(name).find() && m.find()) {
      return m;
    }
    m = SLASHED_REST.matcher(after);
    return SLASHED_START.matcher(name).find() && m.find() ? m : null;
  }

  /** Puts a company name over [start, end) in the place of candidate c, keeping its attributes; no longer weak. */
  static void replaceWithSpan(Doc doc, Cand c, int start, int end) {
    Cand longer = new Cand(start, end, c.type, c.kind == null ? "company" : c.kind, Math.max(c.prio, Cand.CUE_NAME),
        "T:" + Norm.fold(doc.slice(start, end)));
    longer.attrs.putAll(c.attrs);
    longer.attrs.remove("_weak");
    longer.externalId = c.externalId;
    doc.cands.set(doc.cands.indexOf(c), longer);
  }

  /**
   * A company named with and without its legal form ("Brightwave Inc." and later "Brightwave") is one organisation:
   * the bare name takes the grouping key of the full one when exactly one full name in the text fits.
   */
  static void linkNamesWithoutLegalForm(Doc doc) {
    Map<String, String> fullByBare = new HashMap<>();
    for (Cand c : doc.cands) {
      String name = doc.slice(c.start, c.end);
      Matcher m = TRAILING_FORM.matcher(name);
      if (c.type == EntityType.ORG && !c.generic && c.canon.startsWith("T:") && m.find() && m.start() > 0) {
        fullByBare.merge(Norm.fold(name.substring(0, m.start())), c.canon, (x, y) -> x.equals(y) ? x : "");
      }
    }
    for (Cand c : doc.cands) {
      String full = fullByBare.get(Norm.fold(doc.slice(c.start, c.end)));
      if (c.type == EntityType.ORG && !c.generic && full != null && !full.isEmpty()) {
        c.canon = full;
      }
    }
  }

  /** The name without its trailing legal form ("Nordvik Workwear" of "Nordvik Workwear AB"), or null. */
  static String bareName(String name) {
    Matcher m = TRAILING_FORM.matcher(name);
    return m.find() && m.start() > 0 ? name.substring(0, m.start()) : null;
  }

  static boolean endsComplete(String name) {
    return endsWithLegalForm(name) || Norm.isAcronymLike(name);
  }

  /** "Lanificio Rossi S.r.l.", "AlpineAI GmbH": the name ends in a company's legal form. */
  static boolean endsWithLegalForm(String name) {
    return LEGAL_FORM.matcher(name).find();
  }

  /** "Lanificio Rossi S.r.l. di Schio", "Kelp Ltd of Belmullet": a legal form, then "di / of" and a town, not
   * the "de C.V." of a Mexican legal form. */
  static boolean townAfterLegalForm(Doc doc, int from, int end, int after) {
    Token town = doc.tokens.get(after);
    return after == end + 1 && TOWN_OF.contains(Words.f(doc.tokens.get(end)))
        && endsWithLegalForm(doc.slice(doc.tokens.get(from).start(), doc.tokens.get(end - 1).end()))
        && !Norm.isAcronymLike(town.text()) && town.text().length() > 2;
  }

  private static final Set<String> TOWN_OF = Words.set("di", "of", "de", "da");
}
