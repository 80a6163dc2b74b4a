package eu.intercluster.extraction;

import java.util.Map;

/**
 * Short forms defined in brackets right after a name: "Istituto Nazionale di Fisica Nucleare (INFN)", an
 * organisation's short name "(Mila)" after its cue word, and names split by a comma before the bracket.
 */
final class ParenthesisedAliases {
  private final Doc doc;

  ParenthesisedAliases(Doc doc) {
    this.doc = doc;
  }

  /** Adds every bracketed acronym or short name to the aliases, pointing at the name before the bracket. */
  void collect(Map<String, Cand> aliases) {
    for (int i = 1; i + 2 < doc.tokens.size(); i++) {
      Token open = doc.tokens.get(i);
      Token acr = doc.tokens.get(i + 1);
      if (!open.is("(") || !doc.tokens.get(i + 2).is(")")) {
        continue;
      }
      Cand full = endingAt(doc.tokens.get(i - 1).end());
      if (!Norm.isAcronymLike(acr.text())) {
        boolean shortName = acr.isWord() && acr.isUpper() && full != null && full.type == EntityType.ORG && !full.generic
            && doc.tokenAt(full.end - 1) - doc.tokenAt(full.start) >= 2
            && !doc.coveredBy(acr.start(), acr.end(), Cand.PLACE) && !Lexicon.INSTANCE.isGivenName(acr.text());
        if (!shortName) {
          continue;
        }
        if (full.attrs.remove("_weak") != null) {
          full.prio = Cand.CUE_NAME;
        }
        aliases.put(acr.text(), full);
        continue;
      }
      full = full == null ? cueSpan(i) : mergeCommaParts(full);
      if (full == null) {
        continue;
      }
      if (full.attrs.remove("_weak") != null) {
        full.prio = Cand.CUE_NAME;
      }
      aliases.put(acr.text(), full);
    }
  }

  /** "Instituto Tecnológico del Embalaje, Transporte y Logística (ITENE)": one name across a comma. */
  private Cand mergeCommaParts(Cand full) {
    int t = doc.tokenAt(full.start);
    if (t < 2 || !doc.tokens.get(t - 1).is(",")) {
      return full;
    }
    Cand head = endingAt(doc.tokens.get(t - 2).end());
    if (head == null || head.type != EntityType.ORG || head.generic) {
      return full;
    }
    Cand merged = doc.add(head.start, full.end, EntityType.ORG, head.kind, Cand.PATTERN,
        "T:" + Norm.fold(doc.slice(head.start, full.end)));
    return merged;
  }

  /** "l’Institut québécois d’intelligence artificielle (Mila)": from an organisation cue word to the bracket. */
  private Cand cueSpan(int open) {
    Sentence s = doc.sentence(doc.sentenceAt(doc.tokens.get(open).start()));
    for (int k = open - 1; k >= Math.max(s.first(), open - 8); k--) {
      Token t = doc.tokens.get(k);
      if (t.is(",") || t.is(";") || t.is(")")) {
        return null;
      }
      String kind = Lexicon.INSTANCE.cue("org", t.text());
      if (kind != null && t.isUpper()) {
        int end = doc.tokens.get(open - 1).end();
        return doc.add(t.start(), end, EntityType.ORG, kind, Cand.PATTERN, "T:" + Norm.fold(doc.slice(t.start(), end)));
      }
    }
    return null;
  }

  private Cand endingAt(int end) {
    Cand best = null;
    for (Cand c : doc.cands) {
      boolean nameType = c.type == EntityType.ORG || c.type == EntityType.PROGRAMME || c.type == EntityType.EVENT
          || c.type == EntityType.PLACE;
      if (nameType && c.end == end && (best == null || c.prio > best.prio
          || c.prio == best.prio && c.length() > best.length())) {
        best = c;
      }
    }
    return best;
  }
}
