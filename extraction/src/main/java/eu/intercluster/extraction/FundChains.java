package eu.intercluster.extraction;

import java.util.regex.Pattern;

/**
 * A European structural fund finances the programmes that channel it, never the reverse: "co-financed by the
 * European Regional Development Fund through the Programme FEDER Wallonie 2021-2027" makes the regional programme
 * FUNDED_BY the fund (guide, 4), where the sentence's first programme would otherwise be read as the thing funded.
 */
final class FundChains {
  private static final Pattern STRUCTURAL_FUND = Pattern.compile("(?iu)\\b(?:regional development fund"
      + "|développement régional|desarrollo regional|sviluppo regionale|social fund|fonds social|fondo social"
      + "|fondo sociale|cohesion fund|fonds de cohésion|fondo de cohesión|fondo di coesione|ERDF|FEDER|FESR|EFRE"
      + "|ESF|FSE)$");

  private FundChains() {}

  /** FUNDED_BY(subject, fund), turned round when the subject is a structural fund and the fund a programme. */
  static void add(RelationContext ctx, Ent subject, Ent fund) {
    if (subject != null && subject.type == EntityType.PROGRAMME && structural(subject) && !structural(fund)) {
      ctx.add("FUNDED_BY", fund, subject, null);
    } else {
      ctx.add("FUNDED_BY", subject, fund, null);
    }
  }

  /** "European Regional Development Fund", "Fondo europeo di sviluppo regionale", "FESR": the fund itself. */
  static boolean structural(Ent e) {
    return STRUCTURAL_FUND.matcher(e.text).find();
  }
}
