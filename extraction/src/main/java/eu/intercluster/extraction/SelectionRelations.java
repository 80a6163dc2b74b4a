package eu.intercluster.extraction;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SELECTED_BY: a project or company and the body, call or programme that selected it. Passive, "X, one of the
 * projects selected under the Y call", "X selezionata dall'EIC Accelerator", "X a été retenu par Y": the nearest
 * project or (non-government) organisation before the cue, the first body or (non-strategy) programme right after it. Active,
 * "Y has selected X", "Y, which selected the project X": the other way round.
 */
final class SelectionRelations {
  private static final Pattern PASSIVE = Pattern.compile("(?iu)\\b(?:selected|chosen|selezionat[oaie]|scelt[oaie]"
      + "|sélectionnée?s?|retenue?s?|seleccionad[oa]s?|elegid[oa]s?)\\s+(?:by|under|in|for|through|da|dal|dalla|dall['’]"
      + "|dai|dagli|nell['’]ambito (?:del|della|dell['’])|nel|nella|con|par|dans le cadre d[eu']?|au titre d[eu']?|lors d[eu']?"
      + "|por|en el marco de|en la|en el|en)(?:(?<=['’])|(?=\\s))");
  private static final Pattern ACTIVE = Pattern.compile("(?iu)\\b(?:has|have|had|which|that) selected|hanno selezionato"
      + "|ha selezionato|che ha selezionato|a sélectionné|ont sélectionné|a retenu|ont retenu|ha seleccionado"
      + "|han seleccionado\\b");
  private static final Set<EntityType> SELECTED = Words.set(EntityType.PROGRAMME, EntityType.ORG);
  private static final Set<EntityType> SELECTOR = Words.set(EntityType.PROGRAMME, EntityType.ORG);
  /** The selector must start within this many characters after the cue. */
  private static final int MAX_GAP = 40;

  private SelectionRelations() {}

  static void extract(RelationContext ctx, int s) {
    for (int[] cue : ctx.cues(s, PASSIVE)) {
      RelationContext.Occ selector = selectorAfter(ctx, s, cue[1]);
      RelationContext.Occ selected = ctx.before(s, cue[0], SELECTED);
      add(ctx, selected, selector);
    }
    for (int[] cue : ctx.cues(s, ACTIVE)) {
      RelationContext.Occ selector = ctx.before(s, cue[0], SELECTOR);
      List<RelationContext.Occ> after = ctx.after(s, cue[1], SELECTED, false);
      add(ctx, after.isEmpty() || after.get(0).cand().start - cue[1] > MAX_GAP ? null : after.get(0), selector);
    }
  }

  private static RelationContext.Occ selectorAfter(RelationContext ctx, int s, int from) {
    for (RelationContext.Occ o : ctx.after(s, from, SELECTOR, false)) {
      if (o.cand().start - from > MAX_GAP) {
        return null;
      }
      if (!"strategy".equals(o.ent().attrs.get("kind"))) {
        return o;
      }
    }
    return null;
  }

  private static void add(RelationContext ctx, RelationContext.Occ selected, RelationContext.Occ selector) {
    if (selected != null && selector != null && selected.ent() != selector.ent()
        && !"government".equals(selected.ent().attrs.get("kind"))) {
      ctx.add("SELECTED_BY", selected.ent(), selector.ent(), null);
    }
  }
}
