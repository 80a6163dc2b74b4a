package eu.intercluster.extraction;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds capitalised name chunks ("Italian Chamber of Commerce in Japan", "Clust-ER Agrifood",
 * "Maria Rossi") inside each sentence and hands them to {@link ChunkClassifier}.
 */
final class ChunkRecogniser {
  private final Lexicon lex = Lexicon.INSTANCE;
  private java.util.Map<Integer, Integer> knownPlaces = java.util.Map.of();

  void recognise(Doc doc) {
    Set<String> capsMid = capitalisedMidSentence(doc);
    ChunkClassifier classifier = new ChunkClassifier(doc, capsMid);
    knownPlaces = new java.util.HashMap<>();
    for (Cand c : doc.cands) {
      if (c.type == EntityType.PLACE && c.prio >= Cand.KNOWN) {
        knownPlaces.put(c.start, c.end);
      }
    }
    for (Sentence s : doc.sentences) {
      int i = s.first();
      while (i < s.last()) {
        Token t = doc.tokens.get(i);
        if (placeNamedBody(doc, i, s.last())) {
          i += 2;
          continue;
        }
        if (!startsChunk(doc, t)) {
          i++;
          continue;
        }
        int end = extend(doc, i, s.last());
        if (RolePortfolioChunks.portfolio(doc, i, end)) {
          i = end;
          continue;
        }
        int body = RolePortfolioChunks.bodyStart(doc, i, end);
        classifier.classify(ChunkJoins.pairedEventStart(doc, body, end, s.first()), end, s);
        i = end;
      }
    }
    FairNames.retypeRepeats(doc);
  }

  /**
   * "Toscana Promozione", "Lazio Innova", "Sardegna Ricerche": a region or city name followed by one
   * capitalised common word is the name of a (regional) body, not a place.
   */
  private boolean placeNamedBody(Doc doc, int i, int limit) {
    if (i + 1 >= limit) {
      return false;
    }
    Token t = doc.tokens.get(i);
    Token n = doc.tokens.get(i + 1);
    boolean place = Integer.valueOf(t.end()).equals(knownPlaces.get(t.start()));
    if (!place || !n.isWord() || !n.isUpper() || n.start() != t.end() + 1 || Norm.isAcronymLike(n.text())
        || doc.coveredBy(n.start(), n.end(), Cand.KNOWN)) {
      return false;
    }
    for (String section : new String[] {"org", "event", "venue", "programme", "infrasite", "stop", "demonym", "role",
        "title", "portfolio"}) {
      if (lex.inSection(section, n.text())) {
        return false;
      }
    }
    if (lex.isGivenName(n.text()) || DateRecogniser.MONTHS.containsKey(Words.f(n)) || ThemeRecogniser.isTerm(Words.f(n))
        || i + 2 < limit && doc.tokens.get(i + 2).isUpper() && doc.tokens.get(i + 2).isWord()) {
      return false;
    }
    String text = doc.slice(t.start(), n.end());
    doc.add(t.start(), n.end(), EntityType.ORG, OrgKinds.fromContext(doc, i), Cand.PATTERN, "T:" + Norm.fold(text));
    return true;
  }

  private boolean startsChunk(Doc doc, Token t) {
    return t.isWord() && t.isUpper() && !doc.coveredBy(t.start(), t.end(), Cand.KNOWN);
  }

  private int extend(Doc doc, int from, int limit) {
    boolean orgCue = false;
    boolean eventCue = false;
    int end = from + 1;
    int j = from + 1;
    for (int k = from; k < end; k++) {
      orgCue |= lex.inSection("org", doc.tokens.get(k).text());
      eventCue |= lex.inSection("event", doc.tokens.get(k).text());
    }
    while (j < limit) {
      Token t = doc.tokens.get(j);
      if (doc.coveredBy(t.start(), t.end(), Cand.KNOWN) || t.start() != doc.tokens.get(j - 1).end() + gap(doc, j)) {
        break;
      }
      boolean number = t.text().chars().allMatch(Character::isDigit) && t.text().length() <= 4
          && doc.tokens.get(j - 1).isUpper() && !DateRecogniser.MONTHS.containsKey(Words.f(doc.tokens.get(j - 1)))
          && (j + 1 >= limit || !DateRecogniser.MONTHS.containsKey(Words.f(doc.tokens.get(j + 1))));
      if (number) {
        end = ++j;
        break;
      }
      if (t.isWord() && t.isUpper()) {
        orgCue |= lex.inSection("org", t.text());
        eventCue |= lex.inSection("event", t.text());
        end = ++j;
        continue;
      }
      if ((orgCue || eventCue) && ChunkJoins.pairDash(doc, j, limit)) {
        end = j + 2;
        j = end;
        continue;
      }
      int cueEnd = multiwordCue(doc, from, j, limit);
      if (cueEnd > j) {
        orgCue = true;
        end = j = cueEnd;
        continue;
      }
      int lower = HeadAdjectiveNames.end(doc, from, j, limit);
      if (lower > j) {
        j = lower;
        continue;
      }
      String f = Words.f(t);
      int after = j + 1;
      if (f.equals(",") && orgCue && ChunkJoins.chamber(doc, from, j) && after + 2 < limit && doc.tokens.get(after).isUpper()
          && doc.tokens.get(after).isWord() && Words.set("y", "e", "et", "and").contains(Words.f(doc.tokens.get(after + 1)))
          && doc.tokens.get(after + 2).isUpper()) {
        j = after;
        continue;
      }
      int listed = orgCue ? CommaListedNames.lastItem(doc, from, j, limit) : -1;
      if (listed > j) {
        j = listed;
        continue;
      }
      int named = orgCue ? Math.max(ChunkJoins.purpose(doc, j, limit), ChunkJoins.coordinatedComplement(doc, from, j, limit))
          : -1;
      if (named > j) {
        j = named;
        continue;
      }
      int shared = orgCue || eventCue ? -1 : ChunkJoins.sharedHead(doc, from, j, limit);
      if (shared > j) {
        end = j = shared;
        orgCue = lex.inSection("org", doc.tokens.get(end - 1).text());
        eventCue = !orgCue;
        continue;
      }
      int tail = CoordinatedNameTails.end(doc, from, j, limit);
      if (tail > j) {
        end = j = tail;
        continue;
      }
      boolean coordination = f.equals("y") || f.equals("&");
      boolean innerY = f.equals("y") && orgCue && after < limit && (ChunkJoins.hasConnector(doc, from, j)
          || after + 1 < limit && Words.CONNECTORS.contains(Words.f(doc.tokens.get(after + 1))))
          && doc.tokens.get(after).isUpper() && doc.tokens.get(after).isWord()
          && !lex.inSection("org", doc.tokens.get(j - 1).text()) && !lex.inSection("org", doc.tokens.get(after).text())
          && !Norm.isAcronymLike(doc.tokens.get(after).text()) && !lex.isGivenName(doc.tokens.get(after).text())
          && !doc.coveredBy(doc.tokens.get(after).start(), doc.tokens.get(after).end(), Cand.KNOWN);
      if (innerY) {
        j = after;
        continue;
      }
      if (coordination && (orgCue || after < limit && Norm.isAcronymLike(doc.tokens.get(Math.min(j + 1, limit - 1)).text()))) {
        break;
      }
      while (after < limit && (Words.CONNECTORS.contains(Words.f(doc.tokens.get(after)))
          || !coordination && Words.ARTICLES.contains(Words.f(doc.tokens.get(after))))) {
        after++;
      }
      boolean placeSoFar = doc.placeAt(doc.tokens.get(from).start(), doc.tokens.get(end - 1).end());
      boolean onlyConnectors = true;
      for (int k = j + 1; k < after; k++) {
        onlyConnectors &= Words.CONNECTORS.contains(Words.f(doc.tokens.get(k)));
      }
      boolean innerAnd = Words.set("and", "e", "et").contains(f) && orgCue && ChunkJoins.hasConnector(doc, from, j) && onlyConnectors
          && !lex.inSection("org", doc.tokens.get(j - 1).text()) && after < limit
          && !Norm.isAcronymLike(doc.tokens.get(after).text()) && !lex.isGivenName(doc.tokens.get(after).text())
          && !BodyStarts.at(doc, after);
      boolean joins = !placeSoFar && Words.CONNECTORS.contains(f) || (Words.set("in", "a", "à", "en", "to").contains(f) && ChunkJoins.representation(doc, from, j))
          || (f.equals("on") && eventCue) || innerAnd;
      if (joins && !orgCue && after < limit && lex.inSection("org", doc.tokens.get(after).text()) && ChunkJoins.siteBefore(doc, from)) {
        break;
      }
      if (joins && after < limit && ChunkTownStops.stops(doc, lex, from, end, after)) {
        break;
      }
      if (joins && (PersonAffiliation.endsPerson(doc, from, end, j, after) || ChunkJoins.parentUniversity(doc, from, after, limit))) {
        break;
      }
      if (joins && after < limit && doc.tokens.get(after).isUpper() && doc.tokens.get(after).isWord()
          && !doc.coveredBy(doc.tokens.get(after).start(), doc.tokens.get(after).end(), Cand.KNOWN)) {
        j = after;
        continue;
      }
      break;
    }
    return end;
  }

  /** "Chambre de commerce", "Palais des congrès": a cue phrase continuing the chunk with lower-case words. */
  private int multiwordCue(Doc doc, int from, int j, int limit) {
    StringBuilder b = new StringBuilder(Norm.fold(doc.tokens.get(j - 1).text()));
    int found = -1;
    for (int k = j; k < Math.min(limit, j + 5); k++) {
      String w = Norm.fold(doc.tokens.get(k).text());
      b.append(b.charAt(b.length() - 1) == '\'' ? "" : " ").append(w);
      String phrase = Norm.fold(b.toString());
      for (String section : new String[] {"org", "venue", "infrasite"}) {
        if (lex.inFolded(section, phrase)) {
          found = k + 1;
        }
      }
    }
    return found;
  }

  /** Chunks do not cross line breaks. */
  private static int gap(Doc doc, int j) {
    Token prev = doc.tokens.get(j - 1);
    Token t = doc.tokens.get(j);
    String between = doc.text.substring(prev.end(), t.start());
    return between.indexOf('\n') >= 0 ? -1 : between.length();
  }

  private static Set<String> capitalisedMidSentence(Doc doc) {
    Set<String> out = new HashSet<>();
    for (Sentence s : doc.sentences) {
      List<Token> ts = doc.tokens.subList(s.first(), s.last());
      for (int i = 1; i < ts.size(); i++) {
        Token t = ts.get(i);
        String prev = ts.get(i - 1).text();
        if (t.isWord() && t.isUpper() && !":“\"«‘(–-".contains(prev)) {
          out.add(t.text());
        }
      }
    }
    return out;
  }
}
