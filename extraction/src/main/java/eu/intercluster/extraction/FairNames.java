package eu.intercluster.extraction;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Fair, festival and summit names without a cue word ("Macfrut", "Slush", "SMAGUA"), told by their context: a fair
 * noun or an edition right before ("alla fiera X", "la sesta edizione di X", "au salon X"), an occasion ("in
 * occasione di X", "during X", "lors du X"), a stand or pavilion at it ("a joint stand at X"), a single year right
 * after ("X 2026") or a "takes place" after. The other mentions of the same name in the text follow.
 */
final class FairNames {
  private FairNames() {}

  private static final String ARTICLE = "(?: (?:il|lo|la|l'|i|gli|le|the|el|los|las|les|du|des|de la|del|dello|della"
      + "|dei|degli|delle|de|di|of|of the|au|aux|al|alla|allo|ai|alle|a la))?";
  private static final Pattern NOUN_BEFORE = Pattern.compile("(?:^|[^\\p{L}])(?:fiera|fiere|fair|trade fair|salone"
      + "|saloni|salon|salons|foire|feria|ferias|festival|sommet|summit|congres|mostra|airshow|exhibition)"
      + "(?: (?:internazionale|international|internationale|internacional|agricole|regionale|annuale|annual))?"
      + ARTICLE + " ?$");
  private static final Pattern EDITION_BEFORE = Pattern.compile("(?:^|[^\\p{L}])(?:edizione|edizioni|edition|editions"
      + "|edicion|ediciones)" + ARTICLE + " ?$");
  private static final Pattern OCCASION_BEFORE = Pattern.compile("(?:^|[^\\p{L}])(?:in concomitanza con|in occasione"
      + "|a l'occasion|coincidiendo con|con motivo|during|durante|lors)" + ARTICLE + " ?$");
  private static final Pattern STAND_BEFORE = Pattern.compile("(?:^|[^\\p{L}])(?:stand|stands|booth|pavilion"
      + "|padiglione|pavillon|pabellon|espositori|exposants|expositores|exhibit|exhibitors)(?: [\\p{L}'-]+){0,3}"
      + " (?:at|a|al|alla|au|en|in)(?: the| la| el| l')? ?$");
  private static final Pattern TAKES_PLACE_AFTER = Pattern.compile("^ ?(?:(?:19|20)\\d\\d )?(?:will take place"
      + "|takes place|took place|is held|will be held|si terra|si svolgera|si e svolt|se tiendra|s'est tenu"
      + "|se celebrara|se celebro|tendra lugar)");
  private static final Pattern APPOSITION_AFTER = Pattern.compile("^, (?:(?:the|la|le|l'|el|il|lo|un|une|una|a|an)"
      + " ?)?(?:[\\p{L}-]+ ){0,2}(?:fiera|fair|trade fair|salone|salon|foire|feria|expo|exhibition|mostra|festival"
      + "|summit|sommet|congress|congresso|congres|convention|trade show|show)(?![\\p{L}])");
  /** The text after a name is folded, which trims it: the space before the year is optional. */
  private static final Pattern YEAR_AFTER = Pattern.compile("^ ?(?:19|20)[0-2]\\d(?![\\d\\-–/])");

  /**
   * The name [st, en) stands where the text names an event: a fair noun, an edition, an occasion or a stand before
   * it, or a year, "takes place" or a fair apposition after it.
   */
  static boolean inEventContext(Doc doc, int st, int en) {
    if (en - st < 2) {
      return false;
    }
    String before = doc.folded(Math.max(0, st - 60), st).replace('’', '\'').replace('«', ' ').replace('"', ' ')
        .replace('“', ' ').replaceAll("\\s+", " ");
    if (NOUN_BEFORE.matcher(before).find() || EDITION_BEFORE.matcher(before).find()
        || OCCASION_BEFORE.matcher(before).find() || STAND_BEFORE.matcher(before).find()) {
      return true;
    }
    String after = doc.folded(en, Math.min(doc.text.length(), en + 40)).replace('’', '\'');
    return TAKES_PLACE_AFTER.matcher(after).find() || APPOSITION_AFTER.matcher(after).find()
        || YEAR_AFTER.matcher(after).find() && !quoted(doc, st);
  }

  /** A year followed by these starts a range ("2026-2027"), not an edition. */
  private static final java.util.Set<String> RANGE_MARKS = Words.set("-", "–", "/");
  private static final Pattern EDITION_YEAR = Pattern.compile("(?:19|20)[0-2]\\d");

  /**
   * The end of a fair's name that ends at en: after the edition's year that follows it ("InnoTrans 2026", "Nor-Shipping
   * 2027"; in the annotated texts the year is in the gold name 34 times and left out 17).
   */
  static int yearEnd(Doc doc, int en) {
    int next = doc.tokenFrom(en);
    if (next >= doc.tokens.size() || !doc.slice(en, doc.tokens.get(next).start()).equals(" ")) {
      return en;
    }
    Token year = doc.tokens.get(next);
    boolean free = next + 1 >= doc.tokens.size() || !RANGE_MARKS.contains(doc.tokens.get(next + 1).text());
    return EDITION_YEAR.matcher(year.text()).matches() && free ? year.end() : en;
  }

  /** «Terres Innovantes 2026», "Trustworthy AI 2026": a quoted title with a year is as often a call or a strategy. */
  private static boolean quoted(Doc doc, int st) {
    String before = doc.slice(Math.max(0, st - 3), st).trim();
    return !before.isEmpty() && "«\"“‘'".indexOf(before.charAt(before.length() - 1)) >= 0;
  }

  /** The other mentions of a name one context showed to be an event become that event. */
  static void retypeRepeats(Doc doc) {
    Set<String> events = new HashSet<>();
    for (Cand c : doc.cands) {
      if (c.attrs.containsKey("_fairContext")) {
        events.add(c.canon);
      }
    }
    if (events.isEmpty()) {
      return;
    }
    for (Cand c : doc.cands) {
      if (c.type == EntityType.ORG && !c.generic && events.contains(c.canon) && !hasOrgCue(doc, c)) {
        c.type = EntityType.EVENT;
        c.kind = "fair";
        c.prio = Math.max(c.prio, Cand.CUE_NAME);
        c.attrs.remove("_weak");
      }
    }
  }

  private static boolean hasOrgCue(Doc doc, Cand c) {
    for (String w : doc.slice(c.start, c.end).split("[\\s’']+")) {
      if (Lexicon.INSTANCE.inSection("org", w)) {
        return true;
      }
    }
    return false;
  }
}
