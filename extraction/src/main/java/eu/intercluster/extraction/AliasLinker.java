package eu.intercluster.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Short forms defined or implied by the text: "Istituto Nazionale di Fisica Nucleare (INFN)", "VTTQ,
 * Vienna Technology Transfer Quarter" (initials), "Istituto ABCD" (cue + acronym), "ABC-DEF" (compound of a
 * known acronym), a programme's leading acronym ("XY4Z"), a person's surname ("Rossi").
 * Every further occurrence of a short form becomes a mention of the same entity.
 */
final class AliasLinker {
  private static final Set<String> SKIP_INITIALS = Words.set("de", "di", "du", "des", "d'", "et", "e", "and", "of", "the",
      "for", "per", "la", "le", "del", "della", "dell'", "y", "en", "in", "&", "l'", "da", "do", "dos", "von", "van",
      "für", "und", "des", "der");
  private final Doc doc;
  private final Map<String, Cand> aliases = new LinkedHashMap<>();

  AliasLinker(Doc doc) {
    this.doc = doc;
  }

  void link() {
    new ParenthesisedAliases(doc).collect(aliases);
    cueAcronyms();
    initials();
    compounds();
    leadingAcronyms();
    SurnameAliases surnames = new SurnameAliases(doc);
    surnames.collect(aliases);
    propagate(surnames.particled());
    shortForms();
    LeadingWordForms.link(doc);
  }

  private void cueAcronyms() {
    for (Cand c : List.copyOf(doc.cands)) {
      if (c.type != EntityType.ORG || c.generic) {
        continue;
      }
      int a = doc.tokenAt(c.start);
      int b = doc.tokenAt(c.end - 1);
      boolean placeAtEnd = doc.cands.stream().anyMatch(p -> p.type == EntityType.PLACE
          && p.start <= doc.tokens.get(Math.max(b, 0)).start() && p.end >= doc.tokens.get(Math.max(b, 0)).end());
      if (a < 0 || b <= a || placeAtEnd || !doc.tokens.get(b).isUpper() || b - a > 2) {
        continue;
      }
      boolean cues = true;
      boolean connector = false;
      for (int i = a; i < b; i++) {
        String w = doc.tokens.get(i).text();
        cues &= Lexicon.INSTANCE.inSection("org", w) || Lexicon.INSTANCE.inSection("orglower", w)
            || !doc.tokens.get(i).isUpper();
        connector |= Words.CONNECTORS.contains(doc.tokens.get(i).folded());
      }
      // "Università di Lund": after a connector only an acronym is a short form, a word is most likely a town
      cues &= !connector || Norm.isAcronymLike(doc.tokens.get(b).text());
      if (cues) {
        aliases.putIfAbsent(doc.tokens.get(b).text(), c);
      }
    }
  }

  private void initials() {
    for (int i = 0; i < doc.tokens.size(); i++) {
      String acr = doc.tokens.get(i).text();
      if (aliases.containsKey(acr) || acr.length() < 3 || acr.length() > 6 || !acr.chars().allMatch(Character::isUpperCase)) {
        continue;
      }
      Sentence s = doc.sentence(doc.sentenceAt(doc.tokens.get(i).start()));
      for (int a = s.first(); a < s.last(); a++) {
        int b = spells(acr, a, s.last());
        if (b > 0 && (b <= i || a > i) && !doc.coveredBy(doc.tokens.get(a).start(), doc.tokens.get(b - 1).end(),
            Cand.KNOWN)) {
          int st = doc.tokens.get(a).start();
          int en = doc.tokens.get(b - 1).end();
          Cand c = doc.add(st, en, EntityType.ORG, null, Cand.PATTERN, "T:" + Norm.fold(doc.slice(st, en)));
          aliases.put(acr, c);
          break;
        }
      }
    }
  }

  /** End (exclusive) of a token run from a whose content-word initials spell the acronym, or -1. */
  private int spells(String acr, int a, int limit) {
    if (!doc.tokens.get(a).isUpper() || !doc.tokens.get(a).isWord()) {
      return -1;
    }
    int pos = 0;
    int i = a;
    while (i < limit && pos < acr.length()) {
      Token t = doc.tokens.get(i);
      String f = Words.f(t);
      if (!t.isWord()) {
        return -1;
      }
      if (!SKIP_INITIALS.contains(f)) {
        if (Character.toUpperCase(Norm.fold(t.text()).charAt(0)) != acr.charAt(pos)) {
          return -1;
        }
        pos++;
      }
      i++;
    }
    return pos == acr.length() ? i : -1;
  }

  private void compounds() {
    for (Token t : doc.tokens) {
      if (!t.text().contains("-") || !Norm.isAcronymLike(t.text())) {
        continue;
      }
      String[] parts = t.text().split("-");
      Cand target = null;
      for (String p : parts) {
        target = target != null ? target : aliases.get(p);
      }
      if (target != null && parts.length == 2 && allCaps(parts[0]) && allCaps(parts[1])) {
        aliases.putIfAbsent(t.text(), target);
        for (String p : parts) {
          aliases.putIfAbsent(p, target);
        }
      }
    }
  }

  private void leadingAcronyms() {
    for (Cand c : List.copyOf(doc.cands)) {
      if (c.type != EntityType.PROGRAMME && c.type != EntityType.EVENT) {
        continue;
      }
      int a = doc.tokenAt(c.start);
      int b = doc.tokenAt(c.end - 1);
      if (a >= 0 && b > a && Norm.isAcronymLike(doc.tokens.get(a).text())
          && !ThemeRecogniser.isTerm(doc.tokens.get(a).folded())) {
        aliases.putIfAbsent(doc.tokens.get(a).text(), c);
      }
    }
  }

  private void propagate(Map<String, Cand> particled) {
    List<Cand> added = new ArrayList<>();
    for (int i = 0; i < doc.tokens.size(); i++) {
      Token t = doc.tokens.get(i);
      Token before = i > 0 ? doc.tokens.get(i - 1) : null;
      Cand target = before != null && before.end() + 1 == t.start() ? particled.get(before.text() + " " + t.text()) : null;
      int start = target != null ? before.start() : t.start();
      boolean particledForm = target != null;
      target = target != null ? target : aliases.get(t.text());
      if (target == null || target.overlaps(start, t.end())
          || !particledForm && target.type == EntityType.PERSON && SurnameAliases.tailOfAName(doc, i)) {
        continue;
      }
      int prio = target.type == EntityType.PERSON ? Cand.PERSON - 1 : Cand.PATTERN;
      if (hasOther(start, t.end(), prio, target)) {
        continue;
      }
      Cand c = new Cand(start, t.end(), target.type, target.kind, prio, target.canon);
      c.externalId = target.externalId;
      added.add(c);
    }
    doc.cands.addAll(added);
  }

  private boolean hasOther(int st, int en, int prio, Cand target) {
    for (Cand c : doc.cands) {
      if (c != target && c.overlaps(st, en) && c.prio >= Math.min(prio, Cand.PLACE) && c.length() > en - st) {
        return true;
      }
    }
    return false;
  }

  /**
   * A shorter name made of the same cue word and the same last word(s) as a longer organisation name in
   * the document is that organisation: "Università Federico II" after "Università degli Studi di Napoli
   * Federico II", and a bare tail ("la Federico II") of such a name; only subsequences are linked, nothing is invented.
   */
  private void shortForms() {
    List<Cand> orgs = new ArrayList<>();
    for (Cand c : doc.cands) {
      if (c.type == EntityType.ORG && !c.generic && c.canon.startsWith("T:")) {
        orgs.add(c);
      }
    }
    for (Cand s : orgs) {
      String[] sw = Norm.fold(doc.slice(s.start, s.end)).split("\\s+");
      if (sw.length < 2) {
        continue;
      }
      Cand target = null;
      for (Cand l : orgs) {
        String[] lw = Norm.fold(doc.slice(l.start, l.end)).split("\\s+");
        boolean suffix = sw.length >= 2 && java.util.Arrays.equals(sw,
            java.util.Arrays.copyOfRange(lw, Math.max(0, lw.length - sw.length), lw.length))
            && !Lexicon.INSTANCE.inSection("org", doc.tokens.get(doc.tokenAt(s.start)).text())
            && !Words.CONNECTORS.contains(sw[0]);
        boolean longerNamed = !l.canon.equals(s.canon) && lw.length > sw.length
            && Lexicon.INSTANCE.inSection("org", doc.tokens.get(doc.tokenAt(l.start)).text());
        boolean cueShortForm = lw[0].equals(sw[0]) && lw[lw.length - 1].equals(sw[sw.length - 1]) && subsequence(sw, lw);
        if (!longerNamed || !suffix && !cueShortForm) {
          continue;
        }
        if (target != null && !target.canon.equals(l.canon)) {
          target = null;
          break;
        }
        target = l;
      }
      if (target != null) {
        s.canon = target.canon;
      }
    }
  }

  private static boolean subsequence(String[] shortWords, String[] longWords) {
    int j = 0;
    for (String w : longWords) {
      if (j < shortWords.length && w.equals(shortWords[j])) {
        j++;
      }
    }
    return j == shortWords.length;
  }

  private static boolean allCaps(String s) {
    return !s.isEmpty() && s.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }
}
