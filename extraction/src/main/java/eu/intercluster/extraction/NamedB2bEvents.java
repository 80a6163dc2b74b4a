package eu.intercluster.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A brokerage event with a name of its own ("Wood Building Meetings", "Aragón Digital Brokerage", "CS Connect B2B
 * 2025") is the event that the text's generic b2b words speak of: "l'evento di brokerage", "gli incontri B2B", "the
 * matchmaking day", "les rendez-vous d'affaires" are its mentions (README: the most complete name is the text, the
 * generic head noun a mention), not events of their own. Where one such name is the only one of its text, the b2b
 * sessions and the generic event nouns with a b2b word join it, and they take its name.
 */
final class NamedB2bEvents {
  /** Words of a brokerage event's own name. */
  private static final Set<String> NAME_WORDS = Words.set("b2b", "matchmaking", "brokerage", "match", "matching",
      "meetings", "meet", "partnering", "connect", "rencontres", "encuentro", "encuentros");
  private static final Set<String> CONNECTORS = Words.set("de", "di", "del", "of", "the", "and", "y", "et", "&");
  /** An award or a press conference named after the brokerage event ("Trophée Blue Meetings") is not it. */
  private static final Set<String> OTHER_KINDS = Words.set("ceremony", "press conference", "hearing");
  private static final Set<String> DAYS = Words.set("day", "days");
  /** A generic event noun that speaks of business meetings. */
  private static final Pattern GENERIC_B2B = Pattern.compile("brokerage|matchmaking|b2b|partnering|d'affari"
      + "|d'affaires|empresarial|negocio|rendez-vous|business meeting");

  private static final String MARK = "_namedB2b";

  private NamedB2bEvents() {}

  /** The text's named brokerage event, or null. */
  static Ent of(List<Ent> ents) {
    for (Ent e : ents) {
      if (e.type == EntityType.EVENT && e.is(MARK)) {
        return e;
      }
    }
    return null;
  }

  static void join(Doc doc) {
    Cand target = named(doc);
    if (target == null) {
      return;
    }
    target.attrs.put(MARK, Boolean.TRUE);
    for (Cand c : doc.cands) {
      if (c.type != EntityType.EVENT || c.canon.equals(target.canon)) {
        continue;
      }
      if (session(c) || c.generic && !c.attrs.containsKey("_future") && !c.attrs.containsKey("_sub")
          && GENERIC_B2B.matcher(Norm.fold(doc.slice(c.start, c.end))).find()) {
        c.canon = target.canon;
        c.generic = true;
        c.attrs.remove("_sub");
      }
    }
  }

  /** The one named brokerage event of the text, or null where there is none or more than one. */
  private static Cand named(Doc doc) {
    List<Cand> found = new ArrayList<>();
    for (Cand c : doc.cands) {
      if (c.type == EntityType.EVENT && !c.generic && !c.attrs.containsKey("_sub") && !c.attrs.containsKey("_future")
          && !c.canon.startsWith("event:") && !OTHER_KINDS.contains(c.kind) && namesBrokerage(doc, c) && nameShaped(doc, c)) {
        if (!found.isEmpty() && !found.get(0).canon.equals(c.canon)) {
          return null;
        }
        found.add(c);
      }
    }
    return found.isEmpty() ? null : found.get(0);
  }

  private static boolean namesBrokerage(Doc doc, Cand c) {
    int last = doc.tokenAt(c.end - 1);
    for (int i = doc.tokenAt(c.start); i >= 0 && i <= last; i++) {
      String f = Words.f(doc.tokens.get(i));
      if (NAME_WORDS.contains(f) || f.equals("business") && i < last && DAYS.contains(Words.f(doc.tokens.get(i + 1)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A name of two or more words, each capitalised, a number or a connector ("Rencontres de la maille" is left out):
   * not a generic phrase capitalised at a sentence start, "Rencontres d'affaires", "B2B preparata".
   */
  private static boolean nameShaped(Doc doc, Cand c) {
    int first = doc.tokenAt(c.start);
    int last = doc.tokenAt(c.end - 1);
    if (first < 0 || last <= first) {
      return false;
    }
    for (int i = first; i <= last; i++) {
      Token t = doc.tokens.get(i);
      boolean word = t.isWord();
      if (word && !t.isUpper() && !Character.isDigit(t.text().charAt(0)) && !CONNECTORS.contains(Words.f(t))) {
        return false;
      }
    }
    return doc.tokens.get(first).isUpper() && doc.tokens.get(last).isWord();
  }

  private static boolean session(Cand c) {
    return "b2b".equals(c.kind) && c.attrs.containsKey("_sub");
  }
}
