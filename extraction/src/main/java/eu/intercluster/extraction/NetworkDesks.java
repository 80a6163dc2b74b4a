package eu.intercluster.extraction;

import java.util.regex.Pattern;

/**
 * PART_OF for a body that hosts a network's desk or advisers (guide §3, member → network): "consulente EEN di
 * Unioncamere Sicilia", "EEN adviser at Enterprise Ireland", "técnica de la red EEN en la CEG", "les conseillers de
 * l'Enterprise Europe Network de la CCI Grand Est", "gli sportelli della rete Enterprise Europe Network (EEN) presso
 * Confindustria Toscana e la Camera di Commercio di Firenze". The network is an organisation whose name says it is one.
 */
final class NetworkDesks {
  private static final Pattern NETWORK_NAME = Pattern.compile("(?iu)\\b(?:network|netzwerk|rete|réseau|red)\\b");
  /** The desk or adviser word, then at most "de la red", right before the network's name. */
  private static final Pattern DESK_BEFORE = Pattern.compile("(?iu)\\b(?:sportell[oi]|consulent[ei]|referent[ei]"
      + "|espert[oaie]|advis[eo]rs?|consultants?|experts?|officers?|desks?|contact points?|antennes?|antenna"
      + "|conseill(?:er|ère)s?|técnic[oa]s?|asesor(?:a|es|as)?|consultor(?:a|es|as)?|nod[oi]s?|nodes?)\\s+"
      + "(?:(?:della|del|dell['’]|de la|de l['’]|du|de|of the|of)\\s*)?"
      + "(?:(?:rete|red|réseau|network|la|el|the)\\s+)?$");
  /** The desk or adviser word right after the network's name. */
  private static final Pattern DESK_AFTER = Pattern.compile("(?iu)^\\s*(?:\\([^()]{1,12}\\)\\s*)?(?:['’]s\\s+)?"
      + "(?:advis[eo]rs?|consultants?|experts?|officers?|team|desk|contact point)\\b");
  /** From the network (and its desk word) to the host: "di", "at", "en la", "presso", "à la", "de la". */
  private static final Pattern TO_HOST = Pattern.compile("(?iu)^\\s*(?:\\([^()]{1,12}\\)\\s*)?(?:['’]s\\s+)?"
      + "(?:(?:advis[eo]rs?|consultants?|experts?|officers?|team|desk|contact point)\\s+)?"
      + "(?:at|at the|in|di|della|del|dell['’]|dello|de|de la|de l['’]|du|en|en el|en la|presso|à|à la|à l['’]"
      + "|within)"
      + "\\s*(?:(?:the|la|el|le|il|l['’])\\s*)?$");
  private static final Pattern HOSTS_JOINED = Pattern.compile("(?iu)^\\s*(?:,\\s*)?(?:e|ed|and|et|y)\\s+"
      + "(?:(?:presso|at|en|à)\\s+)?(?:(?:the|la|el|le|il|l['’])\\s*)?$");

  private NetworkDesks() {}

  static void extract(RelationContext ctx) {
    for (int s = 0; s < ctx.doc.sentences.size(); s++) {
      java.util.List<RelationContext.Occ> in = ctx.inSentence(s);
      for (int i = 0; i + 1 < in.size(); i++) {
        RelationContext.Occ net = in.get(i);
        if (net.ent().type != EntityType.ORG || !isNetwork(ctx, net.ent())) {
          continue;
        }
        int sentenceStart = ctx.doc.sentence(s).start();
        String before = ctx.doc.lower.substring(Math.max(sentenceStart, net.cand().start - 40), net.cand().start);
        String after = ctx.doc.lower.substring(net.cand().end, Math.min(ctx.doc.sentence(s).end(),
            net.cand().end + 40));
        if (!DESK_BEFORE.matcher(before).find() && !DESK_AFTER.matcher(after).find()) {
          continue;
        }
        RelationContext.Occ prev = net;
        for (int j = i + 1; j < in.size(); j++) {
          RelationContext.Occ host = in.get(j);
          if (host.cand().start < prev.cand().end) {
            continue;
          }
          String gap = ctx.doc.lower.substring(prev.cand().end, host.cand().start);
          boolean first = prev == net;
          if (host.ent().type != EntityType.ORG || host.ent() == net.ent()
              || !(first ? TO_HOST : HOSTS_JOINED).matcher(gap).find()) {
            break;
          }
          ctx.add("PART_OF", host.ent(), net.ent(), null);
          prev = host;
        }
      }
    }
  }

  private static boolean isNetwork(RelationContext ctx, Ent e) {
    for (Cand c : e.cands) {
      if (NETWORK_NAME.matcher(ctx.doc.slice(c.start, c.end)).find()) {
        return true;
      }
    }
    return false;
  }
}
