package eu.intercluster.extraction;

/**
 * The token tests the role-phrase finders share: a role word, a token inside a person or another entity, a title
 * ("Dr", "Prof."), a full stop that ends a phrase.
 */
final class RoleTokens {
  private final Doc doc;
  private final Lexicon lex = Lexicon.INSTANCE;

  RoleTokens(Doc doc) {
    this.doc = doc;
  }

  /** A role word of the lexicon, one of {@link RoleWords}, or a compound ending in one ("ministre-présidente"). */
  boolean isRole(Token t) {
    String text = t.text();
    int dash = text.lastIndexOf('-');
    return lex.inSection("role", text) || RoleWords.isRole(text)
        || dash > 0 && dash < text.length() - 1 && (lex.inSection("role", text.substring(dash + 1))
        || RoleWords.isRole(text.substring(dash + 1)));
  }

  /** Whether the token at k is a title of the lexicon ("Dr", "Prof"). */
  boolean title(int k) {
    return lex.inSection("title", doc.tokens.get(k).text());
  }

  /** Whether the token at k lies inside a candidate of another type than PERSON, of place priority or above. */
  boolean covered(int k) {
    Token t = doc.tokens.get(k);
    for (Cand c : doc.cands) {
      if (c.type != EntityType.PERSON && c.overlaps(t.start(), t.end()) && c.prio >= Cand.PLACE) {
        return true;
      }
    }
    return false;
  }

  boolean isPerson(int k) {
    Token t = doc.tokens.get(k);
    for (Cand c : doc.cands) {
      if (c.type == EntityType.PERSON && c.overlaps(t.start(), t.end())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a person candidate starts at the token k. */
  boolean personStarts(int k) {
    int start = doc.tokens.get(k).start();
    for (Cand c : doc.cands) {
      if (c.type == EntityType.PERSON && c.start == start) {
        return true;
      }
    }
    return false;
  }

  /** A "." that is not the dot of an initial ("J. Smith"). */
  boolean fullStop(int k) {
    if (!doc.tokens.get(k).is(".")) {
      return false;
    }
    String prev = doc.tokens.get(k - 1).text();
    return !(prev.length() == 1 && Character.isUpperCase(prev.charAt(0)));
  }
}
