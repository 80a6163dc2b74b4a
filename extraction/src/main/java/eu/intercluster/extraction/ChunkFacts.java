package eu.intercluster.extraction;

/** Questions the chunk classifier asks about a token range: cue words, machines, events, acronyms. */
final class ChunkFacts {
  private final Doc doc;
  private final Lexicon lex = Lexicon.INSTANCE;

  ChunkFacts(Doc doc) {
    this.doc = doc;
  }

  private static final String[] HEAD_SECTIONS = {"infrasite", "venue", "event", "programme", "org"};

  /** The cue section of the last cue word in the chunk: "Italian Exhibition Group" is an ORG, not an event. */
  String headSection(int a, int b) {
    String best = null;
    int at = -1;
    for (String section : HEAD_SECTIONS) {
      for (int i = a; i < b; i++) {
        int last = -1;
        if (lex.inFolded(section, doc.folded(i))) {
          last = i;
        }
        if (i + 1 < b && lex.inFolded(section, doc.folded(i) + " " + doc.folded(i + 1))) {
          last = i + 1;
        }
        if (i + 2 < b && lex.inFolded(section, doc.folded(i) + " " + doc.folded(i + 1) + " " + doc.folded(i + 2))) {
          last = i + 2;
        }
        if (last > at) {
          best = section;
          at = last;
        }
      }
    }
    if (best != null && b - a == 1 && !best.equals("org")) {
      return cue("org", a, b) != null ? "org" : best;
    }
    return best;
  }

  boolean cueOnly(int a, int b) {
    for (int i = a; i < b; i++) {
      String w = doc.folded(i);
      String orgKind = lex.cueFolded("org", w);
      if (orgKind != null && Words.set("government", "agency", "chamber of commerce").contains(orgKind)) {
        return false;
      }
      boolean cue = orgKind != null || lex.inFolded("event", w) || lex.inFolded("venue", w)
          || lex.inFolded("programme", w) || lex.inFolded("infrasite", w) || Words.CONNECTORS.contains(Norm.fold(w));
      if (!cue) {
        return false;
      }
    }
    return true;
  }

  /** "Forum ... sur l’intelligence artificielle": a title continues with a topic preposition and a theme. */
  int topicExtension(int b) {
    int i = b;
    if (i >= doc.tokens.size() || !Words.set("on", "sur", "sobre", "su", "sul", "sulla", "sull'", "per", "for", "pour",
        "para", "about").contains(Words.f(doc.tokens.get(i)))) {
      return b;
    }
    i++;
    while (i < doc.tokens.size() && (Words.ARTICLES.contains(Words.f(doc.tokens.get(i)))
        || Words.f(doc.tokens.get(i)).endsWith("'"))) {
      i++;
    }
    if (i >= doc.tokens.size()) {
      return b;
    }
    for (Cand c : doc.cands) {
      if (c.type == EntityType.THEME && c.start == doc.tokens.get(i).start()) {
        return doc.tokenAt(c.end - 1) + 1;
      }
    }
    return b;
  }

  boolean strongName(int a, int b) {
    if (a >= b) {
      return false;
    }
    if (b - a == 1 && Norm.isAcronymLike(doc.tokenText(a))) {
      return true;
    }
    return cue("org", a, b) != null && b - a > 1;
  }

  String cue(String section, int a, int b) {
    for (int i = a; i < b; i++) {
      String k = lex.cue(section, doc.tokenText(i));
      if (k != null) {
        return k;
      }
      if (i + 1 < b) {
        k = lex.cue(section, doc.tokenText(i) + " " + doc.tokenText(i + 1));
        if (k == null && i + 2 < b) {
          k = lex.cue(section, doc.tokenText(i) + " " + doc.tokenText(i + 1) + " " + doc.tokenText(i + 2));
        }
        if (k != null) {
          return k;
        }
      }
    }
    return null;
  }

  boolean allStop(int a, int b) {
    for (int i = a; i < b; i++) {
      String w = doc.folded(i);
      if (!(lex.inFolded("stop", w) || lex.inFolded("demonym", w) || lex.inFolded("role", w)
          || lex.inFolded("title", w) || Words.CONNECTORS.contains(Norm.fold(w)))) {
        return false;
      }
    }
    return true;
  }

  boolean precededByMachineCue(int st) {
    String before = doc.folded(Math.max(0, st - 30), st).trim();
    for (String cue : lex.cueWords("inframachine")) {
      if (before.endsWith(" " + cue) || before.equals(cue)) {
        return true;
      }
    }
    return false;
  }

  /** "the Franklin supercomputer": a name right before a machine word. */
  boolean followedByMachineCue(int en) {
    String after = " " + doc.folded(en, Math.min(doc.text.length(), en + 30)).trim() + " ";
    for (String cue : lex.cueWords("inframachine")) {
      if (after.startsWith(" " + cue + " ") || after.startsWith(" " + cue + ",") || after.startsWith(" " + cue + ".")) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.regex.Pattern EVENT_NOUN_AFTER = java.util.regex.Pattern.compile(
      "(?s)(conference|forum|summit|fair|expo|exhibition|congress|convention|festival|trade show|show|week)\\b.*");

  /** "the Global Offshore Wind conference": a name right before a lower-case event noun; the noun's kind. */
  String eventNounAfter(int en) {
    String raw = doc.text.substring(en, Math.min(doc.text.length(), en + 20));
    if (!raw.startsWith(" ") || raw.length() < 2 || !Character.isLowerCase(raw.charAt(1))) {
      return null;
    }
    java.util.regex.Matcher m = EVENT_NOUN_AFTER.matcher(raw.substring(1));
    if (!m.matches()) {
      return null;
    }
    String noun = m.group(1);
    return switch (noun) {
      case "fair", "expo", "exhibition", "trade show", "show" -> "fair";
      case "forum", "summit" -> "forum";
      default -> "conference";
    };
  }

  /** "the Toulouse Aerospace campus": a name right before a site noun. */
  boolean followedBySite(int en) {
    String after = doc.folded(en, Math.min(doc.text.length(), en + 20)).trim();
    return after.matches("(?s)(campus|site|premises|headquarters)\\b.*");
  }

  boolean hasAcronym(int a, int b) {
    for (int i = a; i < b; i++) {
      if (Norm.isAcronymLike(doc.tokenText(i)) && !ThemeRecogniser.isTerm(Norm.fold(doc.tokenText(i)))) {
        return true;
      }
    }
    return false;
  }
}
