package eu.intercluster.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills the type-specific attributes: person role and org, event date/duration/edition/count, agreement status/date. */
final class Attributes {
  private static final Pattern EDITION = Pattern.compile("(?iu)\\b((?:\\d+(?:st|nd|rd|th|ª|a|°)?|first|second|third|"
      + "fourth|fifth|sixth|seventh|eighth|ninth|tenth|prima|seconda|terza|quarta|quinta|sesta|settima|ottava|nona"
      + "|decima|première|deuxième|troisième|quatrième|cinquième|primera|segunda|tercera|cuarta|quinta)\\s+"
      + "(?:edition|edizione|édition|edición))\\s+(?:of|del|della|dell'|dell’|de|du)\\s+(?:the\\s+|la\\s+|el\\s+)?$");
  private static final Pattern DURATION = Pattern.compile("(?iu)\\b((?:\\d+|due|tre|quattro|cinque|two|three|four"
      + "|five|deux|trois|quatre|dos|tres|cuatro)[\\s-](?:giorni|giornate|days?|jours|días))\\b");
  private static final Pattern COUNT = Pattern.compile("(?iu)\\b(\\d+)\\s+(?:incontri|meetings|rendez-vous|reuniones)"
      + "\\b");
  private static final Pattern FOR_ORG = Pattern.compile("(?iu)\\b(?:for|per|por|pour)\\s+(?:(?:the|il|lo|la|l['’]|el"
      + "|le|les|los|las|i|gli)\\s*)?(\\p{L}+\\s+)?$");
  private static final String[][] STATUS = {
      {"renewed", "(?iu)\\b(rinnov|renew|renouvel|renova|renueva)"},
      {"planned", "(?iu)\\b(firmeranno|firmerà|sottoscriveranno|sottoscriverà|will sign|will be signed|to be signed"
          + "|sarà firmat|verrà firmat|signera|signeront|firmará|firmarán)"},
      {"ratified", "(?iu)\\bratific"},
      {"signed", "(?iu)\\b(firmat|firmano|firma |sottoscritt|siglat|signed|signs|signature|signé|signent|firmad|firmó"
          + "|firmaron|affixed|stipulat|concluded)"},
      {"announced", "(?iu)\\b(annunciat|announced|annoncé|anunciad|presentat)"}};

  private static final Pattern[] STATUS_PATTERNS = java.util.Arrays.stream(STATUS).map(s -> Pattern.compile(s[1]))
      .toArray(Pattern[]::new);

  private static final String OWN_ROLES = "_roles";
  /** Words that put an organisation's name under the role besides the connectors: "adviser at X", "conseillère à X". */
  private static final Set<String> GOVERNING = Words.set("at", "à", "au", "aux", "presso", "en", "in", "from",
      "within", "dello", "dall'", "dal", "dalla");

  private Attributes() {}

  static void fill(Doc doc, List<Ent> ents) {
    for (Ent e : ents) {
      switch (e.type) {
        case PERSON -> person(doc, e, ents);
        case AGREEMENT -> agreement(doc, e);
        default -> { }
      }
    }
    EventAttributes.fill(doc, ents);
  }

  /** Fills role and org of a person the retyper made of a rule entity, from its own role phrases (kept on it). */
  static void retypedPerson(Doc doc, Ent e, List<Ent> ents) {
    List<Doc.PersonRole> own = new ArrayList<>();
    for (Cand c : e.cands) {
      own.addAll(RoleFinder.rolesOf(doc, c));
    }
    e.attrs.put(OWN_ROLES, own);
    person(doc, e, ents);
  }

  private static void person(Doc doc, Ent e, List<Ent> ents) {
    Doc.PersonRole best = bestRole(doc, e);
    Ent org = organisation(doc, e, ents);
    e.attrs.put("role", best == null ? null : best.role());
    e.attrs.put("org", org == null ? null : org.id);
  }

  /** The longest role phrase written for the person. */
  private static Doc.PersonRole bestRole(Doc doc, Ent e) {
    Doc.PersonRole best = null;
    for (Doc.PersonRole r : roles(doc, e)) {
      if (e.cands.contains(r.person()) && r.role() != null && (best == null || r.role().length() > best.role().length())) {
        best = r;
      }
    }
    return best;
  }

  /**
   * The person's organisation among ents: one named inside the longest role phrase (else inside another role
   * phrase), one the role phrase or its context names ({@link RoleOrganisation}), the organisation after "for" earlier
   * in the sentence, or one right after the name.
   */
  static Ent organisation(Doc doc, Ent e, List<Ent> ents) {
    Doc.PersonRole best = bestRole(doc, e);
    Ent org = best == null ? null : orgInside(doc, ents, best.start(), best.end());
    for (Doc.PersonRole r : roles(doc, e)) {
      if (org == null && e.cands.contains(r.person())) {
        org = orgInside(doc, ents, r.start(), r.end());
      }
    }
    if (org == null && best != null) {
      org = RoleOrganisation.of(doc, best, ents);
    }
    if (org == null) {
      org = forOrg(doc, e, ents);
    }
    if (org == null) {
      org = PersonAffiliation.orgAfter(doc, e, ents);
    }
    return org;
  }

  /** The doc's role phrases, or a retyped person's own ({@link #retypedPerson}). */
  @SuppressWarnings("unchecked")
  private static List<Doc.PersonRole> roles(Doc doc, Ent e) {
    Object own = e.attrs.get(OWN_ROLES);
    return own == null ? doc.roles : (List<Doc.PersonRole>) own;
  }

  /**
   * The organisation written first inside a role phrase (the longer of two starting together), passing over one that
   * only qualifies the role and a later organisation ("EEN adviser at Nordbank", "consulente EEN di Unioncamere X",
   * "the Commission's Directorate-General for Energy"): one not governed by "of / di / at / à ..." or written with a
   * possessive.
   */
  static Ent orgInside(Doc doc, List<Ent> ents, int start, int end) {
    List<Written> written = new ArrayList<>();
    for (Ent o : ents) {
      if (o.type == EntityType.ORG) {
        o.cands.stream().filter(c -> c.inside(start, end)).min(WRITTEN_FIRST)
            .ifPresent(c -> written.add(new Written(c, o)));
      }
    }
    written.sort(Comparator.comparing(Written::first, WRITTEN_FIRST));
    for (int k = 0; k < written.size(); k++) { // the first one, unless it only qualifies the role and another follows
      Cand c = written.get(k).first();
      Cand next = k + 1 < written.size() ? written.get(k + 1).first() : null;
      boolean owned = possessive(doc, c) && next != null && doc.slice(c.end, next.start).strip().length() == 2;
      boolean later = next != null && next.start >= c.end && (governed(doc, next) || owned);
      if (!later || governed(doc, c) && !owned) {
        return written.get(k).owner();
      }
    }
    return null;
  }

  /** An organisation's first mention inside a role phrase. */
  private record Written(Cand first, Ent owner) {}

  /** Written first: the earlier start, then the longer mention. */
  private static final Comparator<Cand> WRITTEN_FIRST = Comparator.<Cand>comparingInt(c -> c.start)
      .thenComparing(Comparator.<Cand>comparingInt(c -> c.end).reversed());

  /** A name after "of / di / de / at / à ..." (an article may stand between). */
  private static boolean governed(Doc doc, Cand c) {
    int k = doc.tokenFrom(c.start) - 1;
    if (k >= 1 && Words.ARTICLES.contains(Words.f(doc.tokens.get(k)))) {
      k--;
    }
    String f = k >= 0 ? Words.f(doc.tokens.get(k)) : "";
    return Words.CONNECTORS.contains(f) || GOVERNING.contains(f) || f.endsWith("'") && f.length() > 1;
  }

  private static boolean possessive(Doc doc, Cand c) {
    return c.end + 2 <= doc.text.length() && doc.slice(c.end, c.end + 2).matches("['’]s");
  }

  /**
   * "Present for Alfa were President John Smith", "per il cluster Beta è intervenuto il coordinatore X": the ORG after
   * "for" (an article and a word for its kind may stand between) earlier in the sentence.
   */
  private static Ent forOrg(Doc doc, Ent person, List<Ent> ents) {
    Cand p = person.cands.get(0);
    int sentence = doc.sentenceAt(p.start);
    Ent found = null;
    int at = -1;
    for (Ent o : ents) {
      if (o.type != EntityType.ORG) {
        continue;
      }
      for (Cand c : o.in(doc, sentence)) {
        Matcher m = FOR_ORG.matcher(doc.slice(Math.max(0, c.start - 30), c.start));
        boolean kindNoun = m.find() && (m.group(1) == null || Lexicon.INSTANCE.inSection("orglower", m.group(1).strip()));
        if (c.end <= p.start && c.start > at && kindNoun) {
          found = o;
          at = c.start;
        }
      }
    }
    return found;
  }

  private static void agreement(Doc doc, Ent e) {
    String status = null;
    int rank = STATUS.length;
    for (Cand c : e.cands) {
      Sentence s = doc.sentence(doc.sentenceAt(c.start));
      String text = doc.slice(s.start(), s.end());
      for (int i = 0; i < rank; i++) {
        if (STATUS_PATTERNS[i].matcher(text).find()) {
          status = STATUS[i][0];
          rank = i;
        }
      }
    }
    e.attrs.put("duration", e.attrs.get("duration"));
    e.attrs.put("status", status);
    e.attrs.put("date", "planned".equals(status) ? dateOrNull(DateChoice.nearest(doc, e)) : EventAttributes.date(doc, e));
  }

  private static DateValue dateOrNull(Doc.DateMention d) {
    return d == null ? null : d.value();
  }

  static String edition(Doc doc, Cand c) {
    Matcher m = EDITION.matcher(doc.slice(Math.max(0, c.start - 40), c.start));
    return m.find() ? m.group(1) : null;
  }

  static String duration(String sentence) {
    Matcher m = DURATION.matcher(sentence);
    return m.find() ? m.group(1) : null;
  }

  static String count(String sentence) {
    Matcher m = COUNT.matcher(sentence);
    return m.find() ? m.group(1) : null;
  }
}
