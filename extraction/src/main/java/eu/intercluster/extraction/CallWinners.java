package eu.intercluster.extraction;

import java.util.regex.Pattern;

/**
 * SELECTED_BY from a call's results: in a text whose main call is named in a sentence about its winners ("approvata la
 * graduatoria del bando X", "projects selected under the 2025 CEF Transport call", "les lauréats de l'appel X"), every
 * project the text names was selected by that call (guide, 3: a selected project is SELECTED_BY the call). The
 * companies of such texts are partners of the projects, not SELECTED_BY the call: they are left alone.
 */
final class CallWinners {
  private static final Pattern RESULTS = Pattern.compile("(?iu)(graduatori|vincitor|winners?\\b|selected|selezionat"
      + "|seleccionad|sélectionn|lauréat|retenu|beneficiar|ha vinto|hanno vinto|\\bbacks\\b|awarded|premiat"
      + "|approved for funding|ammess[io] a finanziamento)");

  private static final java.util.Set<String> CALLS = Words.set("call");

  private CallWinners() {}

  static void extract(RelationContext ctx) {
    Ent call = ctx.largest(EntityType.PROGRAMME, CALLS);
    if (call == null || !namedWithResults(ctx, call)) {
      return;
    }
    for (Ent e : ctx.ents) {
      if (e != call && e.type == EntityType.PROGRAMME && "project".equals(e.attrs.get("kind"))
          && !ctx.hasFirst("SELECTED_BY", e)) {
        ctx.add("SELECTED_BY", e, call, null);
      }
    }
  }

  /** Whether a sentence that names the call speaks of its results. */
  private static boolean namedWithResults(RelationContext ctx, Ent call) {
    for (Cand c : call.cands) {
      if (!ctx.cues(ctx.doc.sentenceAt(c.start), RESULTS).isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
