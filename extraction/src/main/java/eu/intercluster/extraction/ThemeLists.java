package eu.intercluster.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The other items of a list that names a theme are themes too: "in aquaculture, offshore wind and autonomous marine
 * vehicles", "sulla logistica, la cantieristica e le biotecnologie blu". An item is a run of at most
 * {@value #MAX_WORDS} lower-case words (an "of" complement included) between list separators (comma, semicolon,
 * "and"/"e"/"et"/"y"), after an optional article; the list ends at other punctuation or at the end of the sentence.
 * An item holding a verb-like or vague word ("will", "altri", "etc.") stops the list. Norm OTHER. A list of two,
 * the theme and one item joined by a conjunction ("precision agriculture and seed banks", guide §1), gives the item
 * too (canon "theme:pair#", so that the theme filter weighs pairs apart from longer lists).
 */
final class ThemeLists {
  private static final int MAX_WORDS = 4;
  private static final int MIN_OTHER_ITEMS = 2;
  private static final Set<String> AND = Words.folded("e", "ed", "and", "et", "y", "o", "or", "ou", "as well as");
  /** Articles and prepositions that may open a list item: "la logistica", "in aquaculture". */
  private static final Set<String> OPENERS = Words.folded("il", "lo", "la", "i", "gli", "le", "l'", "the", "les", "el",
      "los", "las", "del", "della", "dello", "dei", "degli", "delle", "dell'", "al", "alla", "allo", "ai", "agli",
      "alle", "all'", "nel", "nella", "nello", "nei", "negli", "nelle", "nell'", "sul", "sulla", "sui", "sulle",
      "sull'", "du", "des", "de", "d'", "de la", "de l'", "au", "aux", "in", "of", "on", "en", "dans", "sur", "di",
      "a", "à");
  private static final Set<String> CONNECTORS = Words.folded("di", "del", "della", "dello", "dei", "degli", "delle",
      "dell'", "de", "du", "des", "d'", "of", "per", "for", "pour", "para", "a", "à", "al", "alla", "alle", "ai",
      "au", "aux", "the", "la", "le", "les", "l'", "el", "los", "las");
  /** Words that never belong to a theme item: verbs, pronouns, vague quantities. */
  private static final Set<String> NOT_ITEM = Words.folded("is", "are", "was", "were", "will", "would", "has", "have",
      "had", "be", "been", "can", "could", "may", "should", "must", "do", "does", "did", "è", "e'", "sono", "sarà",
      "saranno", "ha", "hanno", "era", "erano", "può", "possono", "est", "sont", "sera", "seront", "a", "ont", "peut",
      "es", "son", "será", "serán", "ha", "han", "puede", "pueden", "fue", "altri", "altre", "altro", "other", "others",
      "autres", "otros", "otras", "etc", "more", "più", "plus", "más", "many", "molti", "molte", "several", "diversi",
      "diverse", "nombreux", "varios", "which", "that", "who", "che", "cui", "qui", "que", "dont", "quali", "they",
      "we", "it", "its", "their", "our", "loro", "nostro", "nostra", "ils", "nous", "su", "sus", "leur", "leurs",
      "this", "these", "those", "questo", "questa", "questi", "queste", "ce", "cette", "ces", "este", "esta", "estos",
      "también", "also", "anche", "aussi", "not", "non", "no", "pas", "ne", "only", "solo", "seulement", "sólo",
      "new", "nuovi", "nuove", "nouveaux", "nuevos", "such", "like", "come", "comme", "como", "including", "tra",
      "entre", "between", "fra", "with", "con", "avec", "from", "da", "dal", "dalla", "by", "par", "por", "ha",
      "year", "years", "anni", "anno", "ans", "años", "euro", "euros", "million", "milioni", "millions", "millones");

  /** Who takes part, not what it is about: "università, imprese ed enti locali". */
  private static final Set<String> ACTORS = Words.folded("università", "universita", "universities", "university",
      "universités", "universidades", "imprese", "aziende", "companies", "firms", "entreprises", "empresas", "enti",
      "comuni", "cities", "regions", "regioni", "partners", "partner", "clusters", "cluster", "operatori", "operators",
      "providers", "suppliers", "fornitori", "investors", "investitori", "students", "studenti", "researchers",
      "ricercatori", "chercheurs", "investigadores", "pmi", "smes", "pme", "pymes", "citizens", "cittadini");
  /** A bare adjective ("inclusivo", "durable"): no item on its own. */
  private static final Pattern ADJECTIVE = Pattern.compile("\\p{L}{2,}(?:ivo|iva|ivi|ive|ile|ili|ente|enti|oso|osa"
      + "|osi|ose|able|ible)");
  /** A verb in the infinitive by language: "guidare", "développer", "impulsar". */
  private static final java.util.Map<String, Pattern> INFINITIVE = java.util.Map.of(
      "it", Pattern.compile("\\p{L}{2,}(?:are|ere|ire)"), "fr", Pattern.compile("\\p{L}{3,}(?:er|ir)"),
      "es", Pattern.compile("\\p{L}{2,}(?:ar|er|ir)"));
  private static final Set<String> NOT_ADJECTIVES = Words.folded("ambiente", "ambienti", "automotive", "mobile",
      "textile", "automobile", "vegetable", "vegetables", "veicoli", "componenti", "materie", "energie", "filiere",
      "benessere", "cantiere", "mestiere", "sapere", "mer", "acier", "hiver", "avenir", "cuir", "papier", "atelier",
      "metier", "chantier", "loisir", "loisirs", "plaisir", "azucar", "mar", "hogar", "lugar", "taller", "militar",
      "solar", "poder");

  private ThemeLists() {}

  static void recognise(Doc doc) {
    List<Cand> themes = new ArrayList<>(doc.cands.stream().filter(c -> c.type == EntityType.THEME).toList());
    themes.sort(Comparator.comparingInt(c -> c.start));
    for (Cand theme : themes) {
      int first = doc.tokenFrom(theme.start);
      int last = doc.tokenAt(theme.end - 1);
      if (first < 0 || last < 0) {
        continue;
      }
      Sentence s = doc.sentence(doc.sentenceAt(theme.start));
      List<int[]> items = new ArrayList<>();
      rightwards(doc, last + 1, s.last(), items);
      int before = first - 1;
      while (before >= s.first() && OPENERS.contains(Words.f(doc.tokens.get(before)))) {
        before--;
      }
      leftwards(doc, before, s.first(), items);
      if (items.size() >= MIN_OTHER_ITEMS) {
        items.forEach(item -> add(doc, item[0], item[1], "list"));
      } else if (items.size() == 1 && joinedByConjunction(doc, items.get(0), last)) {
        add(doc, items.get(0)[0], items.get(0)[1], "pair");
      }
    }
  }

  /**
   * "precision agriculture and food safety": the one other item of a two-item list is a theme only when a
   * conjunction, not a bare comma, joins it to the theme ("trasformazione urbana, esempio di ..." is no list).
   */
  private static boolean joinedByConjunction(Doc doc, int[] item, int last) {
    int separator = item[0] > last ? last + 1 : item[1];
    if (doc.tokenText(separator).equals(",") && separator + 1 < doc.tokens.size()) {
      separator++;
    }
    return separator < doc.tokens.size() && AND.contains(Words.f(doc.tokens.get(separator)));
  }

  /** Items after the theme: separator, optional article, words, up to the next separator or the list's end. */
  private static void rightwards(Doc doc, int i, int limit, List<int[]> items) {
    while (i < limit && isSeparator(doc, i)) {
      int a = skipSeparator(doc, i, limit);
      while (a < limit && OPENERS.contains(Words.f(doc.tokens.get(a)))) {
        a++;
      }
      int b = a;
      while (b < limit && isItemWord(doc, b)) {
        b++;
      }
      boolean closed = b >= limit || isSeparator(doc, b) || endsList(doc, b);
      if (!closed || !isItem(doc, a, b)) {
        return;
      }
      items.add(new int[] {a, b});
      i = b;
    }
  }

  /** Items before the theme, from the separator at i leftwards; an item starts after an article, a preposition, a
   * separator or punctuation. */
  private static void leftwards(Doc doc, int i, int limit, List<int[]> items) {
    while (i >= limit && isSeparator(doc, i)) {
      int b = separatorStart(doc, i, limit);
      int a = b;
      while (a > limit && isItemWord(doc, a - 1) && !OPENERS.contains(Words.f(doc.tokens.get(a - 1)))) {
        a--;
      }
      boolean opened = a <= limit || !doc.tokens.get(a - 1).isWord() || OPENERS.contains(Words.f(doc.tokens.get(a - 1)))
          || isSeparator(doc, a - 1);
      if (!opened || !isItem(doc, a, b)) {
        return;
      }
      items.add(new int[] {a, b});
      i = a - 1;
      while (i >= limit && OPENERS.contains(Words.f(doc.tokens.get(i)))) {
        i--;
      }
    }
  }

  private static boolean isItemWord(Doc doc, int i) {
    Token t = doc.tokens.get(i);
    String f = Words.f(t);
    return t.isWord() && !t.isUpper() && !AND.contains(f) && !NOT_ITEM.contains(f)
        && f.chars().noneMatch(Character::isDigit);
  }

  private static boolean isSeparator(Doc doc, int i) {
    String t = doc.tokenText(i);
    return t.equals(",") || t.equals(";") || AND.contains(Words.f(doc.tokens.get(i)));
  }

  private static int skipSeparator(Doc doc, int i, int limit) {
    int k = i + 1;
    if (k < limit && !doc.tokenText(i).equals(doc.tokenText(k)) && isSeparator(doc, k)) {
      k++;
    }
    return k;
  }

  /** Index just after the last item word before the separator that ends at i (", and" counts as one). */
  private static int separatorStart(Doc doc, int i, int limit) {
    int k = i;
    if (k - 1 >= limit && isSeparator(doc, k - 1) && !doc.tokenText(k - 1).equals(doc.tokenText(k))) {
      k--;
    }
    return k;
  }

  private static boolean endsList(Doc doc, int i) {
    Token t = doc.tokens.get(i);
    return !t.isWord() && !t.text().equals("-") && !t.text().equals("'");
  }

  /** Whether [a, b) is 1..MAX_WORDS words that do not start or end with a connector nor overlap a non-theme. */
  private static boolean isItem(Doc doc, int a, int b) {
    if (b <= a || b - a > MAX_WORDS || CONNECTORS.contains(Words.f(doc.tokens.get(a)))
        || CONNECTORS.contains(Words.f(doc.tokens.get(b - 1)))) {
      return false;
    }
    int st = doc.tokenStart(a);
    int en = doc.tokenEnd(b - 1);
    String head = Words.f(doc.tokens.get(a));
    Pattern infinitive = INFINITIVE.get(doc.lang);
    boolean verb = infinitive != null && infinitive.matcher(head).matches();
    boolean adjective = b - a == 1 && ADJECTIVE.matcher(head).matches();
    if (en - st < 4 || ACTORS.contains(head) && b - a == 1 || (verb || adjective) && !NOT_ADJECTIVES.contains(head)) {
      return false;
    }
    for (Cand c : doc.cands) {
      if (c.overlaps(st, en)) {
        return c.type == EntityType.THEME;
      }
    }
    return true;
  }

  /** Adds the item as a theme found "via" a list or a pair (the theme filter weighs the two apart). */
  private static void add(Doc doc, int a, int b, String via) {
    int st = doc.tokenStart(a);
    int en = doc.tokenEnd(b - 1);
    if (doc.coveredBy(st, en, 0)) {
      return;
    }
    String canon = "theme:" + via + "#" + Norm.fold(doc.slice(st, en));
    Cand c = doc.add(st, en, EntityType.THEME, null, Cand.THEME, canon);
    c.attrs.put("norm", "OTHER");
  }
}
