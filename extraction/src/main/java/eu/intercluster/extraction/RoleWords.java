package eu.intercluster.extraction;

import java.util.Set;

/**
 * Position and profession words that make a role phrase for a person ("gerente del Clúster X", "dean of the
 * Faculty", "prorettrice per la ricerca", "échevine de la Transition numérique", "la giornalista Y") beyond the
 * role words of the cue lexicon, which also split organisation names and so stay short. Used for the role
 * attribute only.
 */
final class RoleWords {
  private static final Set<String> WORDS = Words.folded("gerente", "docente", "dean", "decano", "decana", "doyen",
      "doyenne", "prorettore", "prorettrice", "vicerrector", "vicerrectora", "vice-recteur", "chancellor",
      "vice-chancellor", "prefetto", "préfet", "préfète", "prefect", "échevin", "échevine", "diputado", "diputada",
      "député", "députée", "deputato", "deputata", "senator", "senatore", "senatrice", "sénateur", "sénatrice",
      "senador", "senadora", "lead", "adviser", "jefe", "jefa", "viceministro", "viceministra", "viceconsejero",
      "viceconsejera", "cónsul", "consule", "giornalista", "journalist", "journaliste", "periodista", "ingegnere",
      "engineer", "ingénieur", "ingénieure", "ingeniero", "ingeniera", "scientist", "economist", "economista",
      "économiste", "architetto", "architect", "architecte", "arquitecto", "arquitecta", "avvocato", "avvocata",
      "lawyer", "avocat", "avocate", "abogado", "abogada", "moderator", "moderatore", "moderatrice", "modérateur",
      "modératrice", "moderador", "moderadora", "treasurer", "tesoriere", "trésorier", "trésorière", "tesorero",
      "tesorera", "gérant", "gérante", "administrador", "administradora", "owner", "titolare", "proprietario",
      "proprietaria", "propriétaire", "investigador", "investigadora", "chercheur", "chercheuse", "expert", "esperto",
      "esperta", "experto", "experta", "analyst", "analista", "developer", "provost", "principal", "mep",
      "eurodeputato", "eurodeputata", "eurodéputé", "eurodiputado", "agronomo", "agronoma", "agronome", "agrónomo");

  private RoleWords() {}

  static boolean isRole(String word) {
    return WORDS.contains(Norm.fold(word));
  }
}
