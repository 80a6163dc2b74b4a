package eu.intercluster.extraction;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * FUNDED_BY from an amount and the programme it comes from (guide, 4: the text names money): "il bando X, che mette a
 * disposizione 6 milioni di euro a valere sul Pr Fesr", "X, dotada con 1,5 millones de euros del Programa FEDER",
 * "the call makes €22 million from the European Regional Development Fund available". The programme right after the
 * amount's "from" funds the nearest programme or agreement before the amount in the sentence (an event before it, a
 * kick-off or a meeting, is where the money was announced, not what it funds).
 */
final class AmountFundingRelations {
  private static final Pattern AMOUNT_FROM = Pattern.compile("(?iu)(?:euro|euros|eur|€|million|millions|milioni"
      + "|millones|mila|mille)\\b[^.;()]{0,30}?\\b(?:a valere su(?:l|lla|i|gli|ll['’])?|con risorse (?:del|della|dei)"
      + "|issus? d[eu]s?|issus de la|apportés par|from the|from|con cargo al?|procedentes del?|del|dal|dalla|dello"
      + "|du|de la|des)(?=[\\s'’])");
  private static final Set<EntityType> TARGETS = Words.set(EntityType.PROGRAMME, EntityType.AGREEMENT);
  /** The funding programme must start within this many characters after the cue (an article, "programma"). */
  private static final int MAX_GAP = 14;

  private AmountFundingRelations() {}

  static void extract(RelationContext ctx, int s) {
    for (int[] cue : ctx.cues(s, AMOUNT_FROM)) {
      List<RelationContext.Occ> after = ctx.after(s, cue[1], Words.set(EntityType.PROGRAMME), false);
      if (after.isEmpty() || after.get(0).cand().start - cue[1] > MAX_GAP
          || "strategy".equals(after.get(0).ent().attrs.get("kind"))) {
        continue;
      }
      RelationContext.Occ target = ctx.before(s, cue[0], TARGETS);
      if (target != null && target.ent() != after.get(0).ent()) {
        ctx.add("FUNDED_BY", target.ent(), after.get(0).ent(), null);
      }
    }
  }
}
