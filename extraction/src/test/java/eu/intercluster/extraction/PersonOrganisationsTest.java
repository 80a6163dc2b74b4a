package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The person's organisation from an ambiguous head word of the role phrase (NearestOrganisation), and none for a
 * bare title (the guide: a bare title with no body in its phrase has no organisation).
 */
class PersonOrganisationsTest {
  private static Object org(ExtractedDocument doc, String person) {
    return entity(doc, EntityType.PERSON, person).attributes().get("org");
  }

  private static String id(ExtractedDocument doc, String org) {
    return entity(doc, EntityType.ORG, org).id();
  }

  @Test
  void anAmbiguousHeadWordTakesTheOrganisationOfItsKindNamedLastBeforeTheRole() {
    ExtractedDocument it = run("Il Cluster Marmo Apuano e il Cluster Tessile Pratese hanno firmato un accordo. Il "
        + "Cluster Tessile Pratese ospiterà la prima riunione. «Siamo pronti», ha detto il presidente del cluster, "
        + "Paolo Verdi.");
    assertThat(org(it, "Paolo Verdi")).isEqualTo(id(it, "Cluster Tessile Pratese"));
  }

  @Test
  void aBareTitleStaysWithoutOrganisation() {
    ExtractedDocument it = run("La Regione Toscana e Movex S.r.l. hanno firmato. Ha parlato l'assessore Marco Ferri.");
    assertThat(org(it, "Marco Ferri")).isNull();
  }
}
