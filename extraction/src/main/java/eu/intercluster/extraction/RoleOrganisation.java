package eu.intercluster.extraction;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The organisation a role phrase names when no organisation mention was recognised inside it: a known organisation
 * written out in the phrase ("responsabile dell’area estero di Promos Italia", "directora de Internacionalización
 * del IGAPE"), one standing right before the role as its owner ("KAM’s chief executive", "KTU rector"), one a word of
 * the phrase names ("presidente della Regione", "CEO of Brightwave"), or one the context gives ({@link RoleOwnerContext}).
 */
final class RoleOrganisation {
  /** A word for a body after "of / di / de" inside a role phrase: "presidente della Regione", "CEO of Brightwave". */
  private static final Pattern BODY_WORD = Pattern.compile("(?iu)(?:^|\\s)(?:(?:of|at|della|dello|delle|degli|del"
      + "|dei|di|de|du|des)\\s+|(?:dell|d|de\\s+l)['’]\\s*)(?:(?:the|la|el|le|les|los|las)\\s+)?"
      + "(\\p{L}[\\p{L}\\-]*)(?=\\s|$|[,.;:)])");
  private static final Pattern NAME_RUN = Pattern.compile("(?u)((?:\\s+(?:(?:of|de|del|di|&)\\s+)?\\p{Lu}[\\p{L}\\-]*"
      + "\\.?)*)");
  private static final Pattern OWNER_GAP = Pattern.compile("^(?:['’]s)?\\s+(?:(?:the|il|la|el|le)\\s+)?$");

  private static final Pattern POSSESSIVE_GAP = Pattern.compile(
      "^['’]s?\\s+([\\p{L}\\-]+(?:\\s+[\\p{L}\\-]+)*)\\s+$");

  private RoleOrganisation() {}

  static Ent of(Doc doc, Doc.PersonRole role, List<Ent> ents) {
    Ent named = namedInside(doc, role, ents);
    named = named != null ? named : owner(doc, role, ents);
    named = named != null ? named : MayorMunicipality.of(doc, role, ents);
    named = named != null ? named : bodyWord(doc, role, ents);
    return named != null ? named : RoleOwnerContext.of(doc, role, ents);
  }

  /**
   * "presidente della Regione", "rettrice dell’ateneo", "consejero delegado de Brightwave": a word after "of / di / de"
   * in the role phrase names the one organisation of the text that has it in its name. A head word ("Regione",
   * "cluster") with the capitalised word after it, if any; a proper name (not a place, not a portfolio, not a word the
   * text also writes in lower case) that begins the organisation's name (a single word only a name of two words). A
   * lower-case head word such as "ateneo" may also name the one organisation of its kind.
   */
  private static Ent bodyWord(Doc doc, Doc.PersonRole role, List<Ent> ents) {
    String phrase = doc.slice(role.start(), role.end());
    Matcher m = BODY_WORD.matcher(phrase);
    while (m.find()) {
      String word = m.group(1);
      String folded = Norm.fold(word);
      String after = nameAfter(phrase, m.end(1));
      Ent found;
      if (headWord(folded)) {
        found = byHeadWord(doc, folded, after.isEmpty() ? null : after.split(" ")[0], ents, role.start());
      } else {
        String run = Norm.fold(word + (after.isEmpty() ? "" : " " + after));
        boolean proper = Character.isUpperCase(word.charAt(0)) && word.length() > 2
            && !Lexicon.INSTANCE.inFolded("role", folded) && !portfolio(phrase, m.start())
            && !place(doc, role.start() + m.start(1), role.start() + m.end(1))
            && (!after.isEmpty() || !writtenLower(doc, word));
        boolean oneWord = after.isEmpty();
        found = proper ? unique(ents, o -> hasWords(doc, o, run, true) && (!oneWord || shortName(o))) : null;
      }
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** A word for a kind of body ("Regione", "cluster", "ateneo"), not a company's ("Industrie"). */
  static boolean headWord(String folded) {
    String head = Lexicon.INSTANCE.cueFolded("org", folded);
    return head != null && !head.equals("company") || Lexicon.INSTANCE.inFolded("orglower", folded);
  }

  /**
   * The one organisation whose name holds the head word (and the capitalised word written after it, if any), else the
   * one organisation of the lower-case head word's kind ("ateneo": the university).
   */
  static Ent byHeadWord(Doc doc, String folded, String next, List<Ent> ents, int at) {
    String words = next == null ? folded : folded + " " + Norm.fold(next);
    Predicate<Ent> named = o -> hasWords(doc, o, words, false);
    Ent found = unique(ents, named);
    String kind = Lexicon.INSTANCE.cueFolded("orglower", folded);
    Predicate<Ent> ofKind = kind == null || kind.equals("company") ? o -> false : o -> kind.equals(o.attrs.get("kind"));
    if (found == null) {
      found = unique(ents, ofKind);
    }
    if (found == null) {
      found = NearestOrganisation.before(ents, at, named);
    }
    return found != null ? found : NearestOrganisation.before(ents, at, ofKind);
  }

  /** The capitalised words right after a name's first word in the role phrase ("Photonics" of "Clyde Photonics"). */
  private static String nameAfter(String phrase, int from) {
    Matcher m = NAME_RUN.matcher(phrase.substring(from));
    return m.lookingAt() ? m.group(1).strip() : "";
  }

  /** A name of at most two words ("Brightwave Ltd"): a single word of the role phrase may begin it. */
  private static boolean shortName(Ent o) {
    return o.text != null && o.text.strip().split("\\s+").length <= 2;
  }

  private static boolean portfolio(String phrase, int connector) {
    String[] before = phrase.substring(0, connector).strip().split("\\s+");
    return before.length > 0 && Lexicon.INSTANCE.inSection("portfolio", before[before.length - 1]);
  }

  private static boolean place(Doc doc, int start, int end) {
    for (Cand c : doc.cands) {
      if (c.type == EntityType.PLACE && c.overlaps(start, end)) {
        return true;
      }
    }
    return false;
  }

  private static boolean writtenLower(Doc doc, String word) {
    return doc.lowerCaseWords().contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  private static boolean hasWords(Doc doc, Ent o, String folded, boolean first) {
    for (Cand c : o.cands) {
      String name = " " + Norm.fold(doc.slice(c.start, c.end)) + " ";
      if (first ? name.startsWith(" " + folded + " ") : name.contains(" " + folded + " ")) {
        return true;
      }
    }
    return false;
  }

  private static Ent unique(List<Ent> ents, Predicate<Ent> test) {
    Ent found = null;
    for (Ent o : ents) {
      if (o.type == EntityType.ORG && test.test(o)) {
        if (found != null) {
          return null;
        }
        found = o;
      }
    }
    return found;
  }

  /** The organisation whose name or short form is written, whole words, inside the role phrase; the longest. */
  private static Ent namedInside(Doc doc, Doc.PersonRole role, List<Ent> ents) {
    String phrase = doc.slice(role.start(), role.end());
    Ent found = null;
    int length = 0;
    for (Ent o : ents) {
      if (o.type != EntityType.ORG) {
        continue;
      }
      for (Cand c : o.cands) {
        String name = doc.slice(c.start, c.end);
        if (name.length() > length && wholeWords(phrase, name)) {
          found = o;
          length = name.length();
        }
      }
    }
    return found;
  }

  private static boolean wholeWords(String phrase, String name) {
    for (int i = phrase.indexOf(name); i >= 0; i = phrase.indexOf(name, i + 1)) {
      int end = i + name.length();
      boolean before = i == 0 || !Character.isLetterOrDigit(phrase.charAt(i - 1));
      boolean after = end == phrase.length() || !Character.isLetterOrDigit(phrase.charAt(end));
      if (before && after) {
        return true;
      }
    }
    return false;
  }

  /** "KAM’s chief executive", "the EuroHPC executive director": an organisation mention right before the role. */
  /**
   * "Mirai's president and CEO", "SEAI's community programme manager", "Halvorsen's President and CEO": a possessive,
   * then up to four lower-case words, role words or conjunctions before the role word the phrase starts with.
   */
  private static boolean possessiveWithModifiers(String gap) {
    Matcher m = POSSESSIVE_GAP.matcher(gap);
    if (!m.matches()) {
      return false;
    }
    String[] words = m.group(1).split("\\s+");
    for (String w : words) {
      boolean lower = Character.isLowerCase(w.charAt(0)) && !Words.FUNCTION.contains(w)
          || Words.CONJUNCTIONS.contains(w);
      if (!lower && !Lexicon.INSTANCE.inSection("role", w)) {
        return false;
      }
    }
    return words.length <= 4;
  }

  private static Ent owner(Doc doc, Doc.PersonRole role, List<Ent> ents) {
    for (Ent o : ents) {
      if (o.type != EntityType.ORG) {
        continue;
      }
      for (Cand c : o.cands) {
        if (c.end > role.start() || role.start() - c.end > 48) {
          continue;
        }
        String gap = doc.slice(c.end, role.start());
        if (role.start() - c.end <= 8 && OWNER_GAP.matcher(gap).matches() || possessiveWithModifiers(gap)) {
          return o;
        }
      }
    }
    return null;
  }
}
