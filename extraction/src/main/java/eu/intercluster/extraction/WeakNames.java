package eu.intercluster.extraction;

import java.util.Locale;
import java.util.Set;

/**
 * A capitalised chunk without cue words: dropped when it is a sentence-initial common word, a unit, a count, a
 * demonym or a single word the same text also writes in lower case ("Sicurezza" in a headline, "sicurezza" in the
 * body); a venue after "presso" or before a site noun; a place after a locative; otherwise a weak ORG that later
 * rules may drop.
 */
final class WeakNames {
  private final Doc doc;
  private final Set<String> capsMid;
  private final ChunkFacts facts;
  private final ChunkPlaceFacts places;
  private final Lexicon lex = Lexicon.INSTANCE;

  WeakNames(Doc doc, Set<String> capsMid, ChunkFacts facts, ChunkPlaceFacts places) {
    this.doc = doc;
    this.capsMid = capsMid;
    this.facts = facts;
    this.places = places;
  }

  /** A capitalised word ("Piano") the text also writes in lower case ("il piano"): a common word, no name. */
  private boolean alsoLowerCase(String word) {
    return word.length() > 1 && word.substring(1).equals(word.substring(1).toLowerCase(Locale.ROOT))
        && doc.lowerCaseWords().contains(word.toLowerCase(Locale.ROOT));
  }

  void add(int a, int b, Sentence s) {
    int st = doc.tokenStart(a);
    int en = doc.tokenEnd(b - 1);
    boolean acronym = b - a == 1 && Norm.isAcronymLike(doc.tokenText(a)) || b - a > 1 && facts.hasAcronym(a, b);
    boolean sentenceStart = a == s.first() || (a == s.first() + 1 && !doc.tokens.get(s.first()).isWord());
    if (b - a == 1 && lex.inSection("unit", doc.tokenText(a))) {
      return;
    }
    if (b - a == 1 && !acronym) {
      String w = doc.folded(a);
      if (lex.inFolded("stop", w) || lex.inFolded("demonym", w) || lex.inFolded("role", w)
          || (sentenceStart && !capsMid.contains(doc.tokenText(a))) || alsoLowerCase(doc.tokenText(a))) {
        return;
      }
    }
    if (pressNotice(a, b)) {
      return;
    }
    if (places.coveredByPlaces(st, en) || !acronym && descriptiveOnly(a, b)) {
      return;
    }
    if (!acronym && a > 0 && (Words.f(doc.tokens.get(a - 1)).equals("presso") || ChunkJoins.siteBefore(doc, a)
        || facts.followedBySite(en))) {
      doc.add(st, en, EntityType.PLACE, "venue", Cand.CUE_NAME, "T:" + Norm.fold(doc.slice(st, en)));
      return;
    }
    if (FairNames.inEventContext(doc, st, en)) {
      doc.add(st, FairNames.yearEnd(doc, en), EntityType.EVENT, "fair", Cand.CUE_NAME,
          "T:" + Norm.fold(doc.slice(st, en)))
          .attrs.put("_fairContext", Boolean.TRUE);
      return;
    }
    String[] apposition = OrgKinds.apposition(doc, b);
    if (apposition != null && (!acronym || "PROGRAMME".equals(apposition[0]))) {
      EntityType type = EntityType.valueOf(apposition[0]);
      doc.add(st, en, type, apposition[1], Cand.CUE_NAME, "T:" + Norm.fold(doc.slice(st, en)));
      return;
    }
    String programme = OrgKinds.programmeBefore(doc, a);
    if (programme == null) {
      programme = OrgKinds.programmeAfter(doc, a, b);
    }
    if (programme == null) {
      programme = NamedProgrammes.namedBefore(doc, a, b, s.first());
    }
    if (programme == null) {
      programme = NamedProgrammes.kindNounAfter(doc, b);
    }
    if (programme == null && NamedProgrammes.ledAfter(doc, b)) {
      programme = "project";
    }
    if (programme != null) {
      doc.add(st, en, EntityType.PROGRAMME, programme, Cand.CUE_NAME, "T:" + Norm.fold(doc.slice(st, en)));
      return;
    }
    if (!acronym && a > 0 && (places.locativeBefore(a) || places.listedWithPlaces(a, b) || places.homeTownOfCompany(a))) {
      doc.add(st, en, EntityType.PLACE, "city", Cand.WEAK, "T:" + Norm.fold(doc.slice(st, en)));
      return;
    }
    String kind = OrgKinds.fromContext(doc, a);
    Cand c = doc.add(st, en, EntityType.ORG, kind, acronym ? Cand.CUE_NAME : Cand.WEAK,
        "T:" + Norm.fold(doc.slice(st, en)));
    if (!acronym) {
      c.attrs.put("_weak", Boolean.TRUE);
      if (b - a > 1 && places.containsPlace(st, en)) {
        c.prio = Cand.PLACE + 1;
      }
    }
  }

  private static final Set<String> PRESS_WORDS = Words.set("press", "release", "comunicato", "stampa", "nota", "de",
      "prensa", "communique", "presse", "newsletter", "news", "notizie", "noticias", "actualites");

  /** "PRESS RELEASE", "COMUNICATO STAMPA", "Nota de prensa": the heading of a press notice, no name. */
  private boolean pressNotice(int a, int b) {
    for (int i = a; i < b; i++) {
      if (!PRESS_WORDS.contains(doc.folded(i).toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return !doc.folded(a).equalsIgnoreCase("de");
  }

  private static final Set<String> NUMBER_WORDS = Words.set("two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "dozens", "hundreds", "due", "tre", "quattro",
      "cinque", "sei", "sette", "otto", "nove", "dieci", "undici", "dodici", "quindici", "venti", "trenta", "deux",
      "trois", "quatre", "cinq", "dix", "douze", "quinze", "vingt", "dos", "tres", "cuatro", "cinco", "seis", "diez",
      "doce", "quince", "veinte", "more", "oltre", "più", "plus", "más", "several", "many", "numerous", "diverse",
      "numerose", "numerosi", "alcune", "alcuni", "some", "thirteen", "fourteen", "sixteen", "seventeen", "eighteen",
      "nineteen", "one", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");
  private static final java.util.regex.Pattern DEMONYM_SHAPE = java.util.regex.Pattern.compile(
      "\\p{Lu}\\p{Ll}+(?:ian|ians|ean|eans|ese|ish|ois|oise|aise|ais)");

  /** "Twelve Tuscan", "Fourteen Irish", "Apulian SMEs": counts, demonym-like adjectives and stop words, not a name. */
  private boolean descriptiveOnly(int a, int b) {
    boolean descriptive = false;
    for (int i = a; i < b; i++) {
      String w = doc.folded(i);
      boolean number = NUMBER_WORDS.contains(w) || "-".equals(w) && descriptive;
      boolean demonym = lex.inFolded("demonym", w) || DEMONYM_SHAPE.matcher(doc.tokenText(i)).matches();
      if (!number && !demonym && !lex.inFolded("stop", w)) {
        return false;
      }
      descriptive |= number || demonym;
    }
    return descriptive;
  }
}
