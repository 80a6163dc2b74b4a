package eu.intercluster.extraction;

import java.util.Set;

/**
 * What the chunk reader asks before joining the next capitalised words across a connector: whether the chunk so
 * far has a connector, is a chamber listing its sectors, is a representation abroad carrying its location, or
 * follows a site noun.
 */
final class ChunkJoins {
  private ChunkJoins() {}

  private static final Set<String> PURPOSE = Words.set("per", "para", "pour");
  private static final Set<String> INNER_AND = Words.set("e", "ed", "y", "et");
  private static final Set<String> SUB_UNITS = Words.set("dipartimento", "department", "departamento", "istituto",
      "institute", "instituto", "institut", "centro", "centre", "center", "laboratorio", "laboratory", "laboratoire",
      "lab", "facolta", "faculty", "facultad", "faculte", "school", "scuola", "escuela", "ecole", "oficina", "office",
      "ufficio", "area", "divisione", "division", "unit");
  private static final Set<String> UNIVERSITIES = Words.set("universita", "university", "universidad", "universite",
      "universitat", "politecnico", "ateneo");

  private static final Set<String> SITE_NOUNS = Words.set("campus", "sede", "sedi", "headquarters", "premises",
      "siège", "sede central", "site", "sito", "stabilimento", "plant", "centre-ville");

  /** "nel campus di Monte Sant'Angelo dell'Università ...": a site of an organisation, named before it. */
  static boolean siteBefore(Doc doc, int from) {
    for (int k = from - 1; k >= Math.max(0, from - 3); k--) {
      String f = Words.f(doc.tokens.get(k));
      if (SITE_NOUNS.contains(f)) {
        return true;
      }
      if (!Words.CONNECTORS.contains(f) && !Words.ARTICLES.contains(f)) {
        return false;
      }
    }
    return false;
  }

  /**
   * "Agenzia per la Coesione Territoriale", "Centro para el Desarrollo Tecnológico", "Centre pour la Cybersécurité":
   * a named body's purpose belongs to its name. The index of the capitalised word after "per / para / pour" and at
   * most one article, or -1.
   */
  static int purpose(Doc doc, int j, int limit) {
    if (!PURPOSE.contains(Words.f(doc.tokens.get(j)))) {
      return -1;
    }
    int k = j + 1;
    if (k < limit && Words.ARTICLES.contains(Words.f(doc.tokens.get(k)))) {
      k++;
    }
    return k < limit && startsName(doc, k) ? k : -1;
  }

  /**
   * "Ministero degli Affari Esteri e della Cooperazione Internazionale", "Ministerio de Tecnologías de la Información
   * y las Comunicaciones", "ministère de la Culture et des Communications": in a body's name with a connector, a
   * conjunction followed by a connector ("e della", "y de la", "et des") continues the name, and so does one followed
   * by an article alone when the name's last part also had one ("de la Información y las Comunicaciones"; not
   * "Gobierno de Navarra y la Gobernación"). Not when a new body, a person or an acronym starts, nor when the name's
   * head repeats ("Consejo de la Denominación X y de la Denominación Y"). The index of the capitalised word, or -1.
   */
  static int coordinatedComplement(Doc doc, int from, int j, int limit) {
    if (!INNER_AND.contains(Words.f(doc.tokens.get(j))) || !anyConnector(doc, from, j) || roleHead(doc, from, j)) {
      return -1;
    }
    int k = j + 1;
    boolean connector = false;
    while (k < limit && k <= j + 2 && (COMPLEMENT_CONNECTORS.contains(Words.f(doc.tokens.get(k)))
        || Words.ARTICLES.contains(Words.f(doc.tokens.get(k))))) {
      connector |= COMPLEMENT_CONNECTORS.contains(Words.f(doc.tokens.get(k)));
      k++;
    }
    if (k == j + 1 || k >= limit || !startsName(doc, k) || BodyStarts.at(doc, k) || repeats(doc, from, j, k)
        || Norm.isAcronymLike(doc.tokens.get(k).text()) || Lexicon.INSTANCE.isGivenName(doc.tokens.get(k).text())) {
      return -1;
    }
    return connector || articleBefore(doc, from, j) ? k : -1;
  }

  /** Connectors that introduce a coordinated part of a name ("e della", "y de la"), not "da" (an agent). */
  private static final Set<String> COMPLEMENT_CONNECTORS = Words.set("di", "del", "della", "dell'", "dei", "degli",
      "delle", "de", "du", "des", "d'", "of", "for");

  /** Whether the capitalised run ending before j follows an article ("de la Información", "del Agua"). */
  private static boolean articleBefore(Doc doc, int from, int j) {
    int k = j - 1;
    while (k > from && doc.tokens.get(k).isUpper()) {
      k--;
    }
    String f = Words.f(doc.tokens.get(k));
    return k > from && (Words.ARTICLES.contains(f) || CONTRACTED.contains(f));
  }

  private static final Set<String> CONTRACTED = Words.set("del", "della", "dell'", "dei", "degli", "delle", "du",
      "des", "al", "au", "aux");

  private static boolean repeats(Doc doc, int from, int j, int k) {
    String head = Words.f(doc.tokens.get(k));
    for (int i = from; i < j; i++) {
      if (Words.f(doc.tokens.get(i)).equals(head)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "China Food and Drinks Fair", "Energy and Water Agency", "Cybersecurity and Privacy Institute": up to three
   * capitalised words without a head word, "and", then capitalised words ending with an organisation (not company) or
   * event head word that both parts share: one name (a word of the second part stands before the head). The index after
   * the head word, or -1.
   */
  static int sharedHead(Doc doc, int from, int j, int limit) {
    if (!SHARED_AND.contains(Words.f(doc.tokens.get(j))) || j - from > 3
        || Norm.isAcronymLike(doc.tokens.get(j - 1).text())) {
      return -1;
    }
    Lexicon lex = Lexicon.INSTANCE;
    for (int k = j + 1; k < Math.min(limit, j + 4) && startsName(doc, k); k++) {
      String w = doc.tokens.get(k).text();
      boolean head = lex.inSection("event", w) || lex.inSection("org", w) && !"company".equals(lex.cue("org", w));
      boolean last = k + 1 >= limit || !doc.tokens.get(k + 1).isWord() || !doc.tokens.get(k + 1).isUpper();
      if (head && k == j + 1) {
        return -1; // a head word right after "and" begins a body of its own: "Velmar e Università di Arezzo"
      }
      if (head && last) {
        return k + 1;
      }
    }
    return -1;
  }

  private static final Set<String> SHARED_AND = Words.set("and", "e", "et", "y", "&");

  /** "Ministro dell'Università e della Ricerca": a minister's portfolio, not a body's name, is being read. */
  private static boolean roleHead(Doc doc, int from, int j) {
    int head = from;
    while (head < j && Words.FUNCTION.contains(Words.f(doc.tokens.get(head)))) {
      head++;
    }
    return Lexicon.INSTANCE.inSection("portfolio", doc.tokens.get(head).text())
        || Lexicon.INSTANCE.inSection("role", doc.tokens.get(head).text());
  }

  /**
   * "Dipartimento di Ingegneria Industriale dell'Università di Salerno", "Institute of Digital Games of the
   * University of Malta": a department or institute and the university it belongs to are two bodies; true when the
   * chunk starts with such a unit and a university word is among the first three capitalised words at k.
   */
  static boolean parentUniversity(Doc doc, int from, int k, int limit) {
    int head = from;
    while (head < k && Words.FUNCTION.contains(Words.f(doc.tokens.get(head)))) {
      head++;
    }
    if (!SUB_UNITS.contains(Words.f(doc.tokens.get(head)))) {
      return false;
    }
    for (int i = k; i < Math.min(limit, k + 3) && doc.tokens.get(i).isUpper(); i++) {
      if (UNIVERSITIES.contains(Words.f(doc.tokens.get(i)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Wales–Kenya Agritech Forum", "Estonian–German Digital Days": an event named after the two sides it joins starts
   * with the first of them; the start of the chunk [i, end) including "X–", or i.
   */
  static int pairedEventStart(Doc doc, int i, int end, int sentenceFirst) {
    if (i - 2 < sentenceFirst) {
      return i;
    }
    Token dash = doc.tokens.get(i - 1);
    Token first = doc.tokens.get(i - 2);
    boolean attached = (dash.is("–") || dash.is("-")) && first.end() == dash.start() && dash.end() == doc.tokens.get(i).start();
    if (!attached || !first.isWord() || !first.isUpper()) {
      return i;
    }
    for (int k = i; k < end; k++) {
      if (Lexicon.INSTANCE.inSection("event", doc.tokens.get(k).text())) {
        return i - 2;
      }
    }
    return i;
  }

  private static boolean startsName(Doc doc, int k) {
    Token t = doc.tokens.get(k);
    return t.isWord() && t.isUpper() && !doc.coveredBy(t.start(), t.end(), Cand.KNOWN);
  }

  private static boolean anyConnector(Doc doc, int from, int to) {
    for (int k = from; k < to; k++) {
      if (Words.CONNECTORS.contains(doc.tokens.get(k).folded()) || PURPOSE.contains(doc.tokens.get(k).folded())) {
        return true;
      }
    }
    return false;
  }

  static boolean hasConnector(Doc doc, int from, int to) {
    for (int k = from; k < to; k++) {
      if (Words.set("of", "for", "di", "de", "du", "per", "pour", "para").contains(doc.tokens.get(k).folded())) {
        return true;
      }
    }
    return false;
  }

  /** "Cámara de Comercio, Industria y Servicios de ...": chambers list their sectors inside the name. */
  static boolean chamber(Doc doc, int from, int to) {
    for (int k = from; k < to; k++) {
      String f = doc.tokens.get(k).folded();
      if (f.startsWith("chamber") || f.startsWith("camera") || f.startsWith("chambre") || f.startsWith("camara")
          || f.startsWith("cambra")) {
        return true;
      }
    }
    return false;
  }

  /** Chambers, embassies, offices abroad carry their location in the name: "Chamber of Commerce in Canada". */
  static boolean representation(Doc doc, int from, int to) {
    for (int k = from; k < to; k++) {
      String f = doc.tokens.get(k).folded();
      if (f.startsWith("chamber") || f.startsWith("camera") || f.startsWith("chambre") || f.startsWith("camara")
          || f.startsWith("embass") || f.startsWith("ambasciat") || f.startsWith("ambassade") || f.startsWith("embajada")
          || f.startsWith("consul") || f.startsWith("consolat") || f.startsWith("office") || f.startsWith("ufficio")
          || f.startsWith("oficina") || f.startsWith("bureau")
          || f.startsWith("delegation") || f.startsWith("representation") || f.startsWith("rappresentanz")) {
        return true;
      }
    }
    return false;
  }

  /** "Foro Empresarial España–Perú", "Forum Santé Québec–France": a dash between two names inside a named body. */
  static boolean pairDash(Doc doc, int j, int limit) {
    String f = doc.tokens.get(j).text();
    if (!f.equals("–") && !f.equals("-") || j + 1 >= limit) {
      return false;
    }
    Token next = doc.tokens.get(j + 1);
    return doc.tokens.get(j - 1).end() == doc.tokens.get(j).start() && doc.tokens.get(j).end() == next.start()
        && next.isWord() && next.isUpper();
  }
}
