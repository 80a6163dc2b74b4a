package eu.intercluster.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A name the retyper makes an organisation becomes the organisation of the person whose role names it, where the
 * rules had found none: the rules' attributes were filled before the retyper ran.
 */
class RetypedOrganisationOfAPersonTest {
  private static final String TEXT = "Siena, 4 maggio 2027 – «Il nostro compito è aiutare le imprese», ha detto "
      + "Paolo Bindi, direttore generale di Palazzo Orvalia.";

  @Test
  void theRetypedNameIsThePersonsOrganisation() {
    Extractor.Analysis a = Extractor.builder().build().analyse(TEXT);
    Ent name = a.ents().stream().filter(e -> e.text.equals("Palazzo Orvalia")).findFirst().orElseThrow();
    assertThat(name.type).isNotEqualTo(EntityType.ORG);
    EntityRetyper toOrg = new EntityRetyper(new Perceptron(Map.of(name.type + ">ORG:bias", 1.0)), 0);

    List<Ent> out = toOrg.apply(a.doc(), a.ents(), new HashMap<>());

    Ent org = out.stream().filter(e -> e.type == EntityType.ORG && e.text.equals(name.text)).findFirst().orElseThrow();
    assertThat(out).filteredOn(e -> e.type == EntityType.PERSON).singleElement()
        .satisfies(p -> assertThat(p.attrs.get("org")).isEqualTo(org.id));
    assertThat(a.ents()).filteredOn(e -> e.type == EntityType.PERSON).singleElement()
        .as("the analysis's own person is left alone").satisfies(p -> assertThat(p.attrs.get("org")).isNull());
  }
}
