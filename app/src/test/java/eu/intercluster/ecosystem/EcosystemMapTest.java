package eu.intercluster.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.intercluster.system.ConflictException;
import eu.intercluster.system.FieldProblem;
import eu.intercluster.system.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.test.annotation.DirtiesContext;

/** The map services on an embedded database loaded with the demo dataset, as on first start. */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:ecosystem-map;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
    "intercluster.demo.load-on-first-start=true"})
@DirtiesContext
class EcosystemMapTest {

  @Autowired OrganisationService organisations;
  @Autowired AgreementService agreements;
  @Autowired ActivityService activities;
  @Autowired MapLinks links;
  @Autowired MapGraph graph;
  @Autowired MapTransfer transfer;
  @Autowired RelationService relations;

  @Test
  void searchFindsCinecaCaseInsensitivelyWithItsAgreement() {
    var page = organisations.search(new OrganisationFilter("CINECA", null, null, null, null), Pageable.ofSize(10));

    assertThat(page.getContent()).extracting(OrganisationSummary::name).containsExactly("Cineca");
    OrganisationDetails cineca = organisations.get(page.getContent().get(0).id());
    assertThat(cineca.agreements()).extracting(a -> a.agreement().label())
        .anyMatch(title -> title.contains("Québec"));
    assertThat(cineca.relations()).isNotEmpty().allSatisfy(r -> assertThat(r.source()).isNotNull());
  }

  @Test
  void searchIgnoresAccentsAndFindsAcronymsAndAliases() {
    assertThat(names("quebec")).contains("Québec", "Institut de tourisme et d’hôtellerie du Québec");
    assertThat(names("ithq")).containsExactly("Institut de tourisme et d’hôtellerie du Québec");
    assertThat(names("arter")).contains("ART-ER");
    assertThat(names("Art-Er")).first().isEqualTo("ART-ER");
  }

  @Test
  void filtersByKindCountryAndTheme() {
    var publicBodies = organisations.search(new OrganisationFilter(null, OrganisationKind.PUBLIC_BODY, null, null, null),
        Pageable.unpaged());
    assertThat(publicBodies.getContent()).allSatisfy(o -> assertThat(o.kind()).isEqualTo(OrganisationKind.PUBLIC_BODY));
    var spanish = organisations.search(new OrganisationFilter(null, null, "spain", null, null), Pageable.unpaged());
    assertThat(spanish.getContent()).isNotEmpty().allSatisfy(o -> assertThat(o.country()).isEqualTo("Spain"));
  }

  @Test
  void answersWhichQuebecOrganisationsAreLinkedToEmiliaRomagnaAndThroughWhichAgreement() {
    List<RegionLink> found = links.between("Québec", "Emilia-Romagna");

    assertThat(found).anySatisfy(link -> {
      assertThat(link.organisation().label()).isEqualTo("Québec");
      assertThat(link.counterpart().label()).isEqualTo("Regione Emilia-Romagna");
      assertThat(link.via().label()).contains("memorandum");
    });
    assertThat(found).anySatisfy(link -> {
      assertThat(link.organisation().label()).isEqualTo("Institut de tourisme et d’hôtellerie du Québec");
      assertThat(link.via().label()).contains("ALMA");
    });
  }

  @Test
  void answersWhoTookPartInTheMissionToTheBasqueCountry() {
    var mission = activities.search(null, ActivityKind.MISSION, null, Pageable.unpaged()).getContent().stream()
        .filter(a -> a.title().toLowerCase().contains("bas")).findFirst().orElseThrow();

    ActivityDetails details = activities.get(mission.id());
    assertThat(details.participants()).extracting(RecordRef::label).contains("Luca Arcangeli");
    assertThat(details.organisers()).extracting(RecordRef::label).contains("Clust-ER Innovate");
  }

  @Test
  void graphLinksEmiliaRomagnaToQuebecThroughTheMemorandum() {
    GraphData data = graph.graph(GraphFilter.all());
    var mou = data.nodes().stream().filter(n -> n.kind() == RecordKind.AGREEMENT && n.label().contains("memorandum"))
        .findFirst().orElseThrow();

    assertThat(data.edges()).anySatisfy(e -> assertThat(List.of(e.source(), e.target()))
        .containsExactly(mou.id(), "org-emilia-romagna"));
    assertThat(data.edges()).anySatisfy(e -> assertThat(List.of(e.source(), e.target()))
        .containsExactly(mou.id(), "org-quebec"));
  }

  @Test
  void newOrganisationMatchingAnAliasIsFlaggedAsPossibleDuplicate() {
    OrganisationInput input = new OrganisationInput("Emilia Romagna", null, List.of(), OrganisationKind.PUBLIC_BODY,
        "Italy", null, null, null, null, Set.of());

    assertThatThrownBy(() -> organisations.create(input, false)).isInstanceOf(PossibleDuplicateException.class)
        .satisfies(e -> assertThat(((PossibleDuplicateException) e).candidates()).extracting(RecordRef::label)
            .containsExactly("Regione Emilia-Romagna"));
  }

  @Test
  void deletingAReferencedOrganisationIsRefusedWithTheReferences() {
    long cineca = id("Cineca");

    assertThatThrownBy(() -> organisations.delete(cineca)).isInstanceOf(ConflictException.class)
        .satisfies(e -> assertThat(((ConflictException) e).details()).anyMatch(d -> d.startsWith("INVOLVES")));
    assertThat(organisations.get(cineca).name()).isEqualTo("Cineca");
  }

  @Test
  void mergeMovesRelationsAndKeepsTheNameAsAlias() {
    var copy = organisations.create(new OrganisationInput("Consorzio Cineca", null, List.of(),
        OrganisationKind.CONSORTIUM, "Italy", null, null, null, null, Set.of("HPC")), true);
    long target = id("Cineca");

    organisations.merge(copy.id(), target);

    assertThat(organisations.get(target).aliases()).contains("Consorzio Cineca");
    assertThat(names("consorzio cineca")).containsExactly("Cineca");
  }

  @Test
  void importWithAnyErrorIsRejectedWholeWithPathsAndWritesNothing() {
    String json = """
        {"format": "intercluster-map", "version": 1,
         "organisations": [
           {"key": "org-new-one", "name": "A new cluster", "kind": "CLUSTER"},
           {"key": "org-bad", "name": "", "kind": "SPACESHIP", "themes": ["NOPE"]}],
         "relations": [{"type": "SIGNED", "from": "agr-missing", "to": "org-new-one"}]}
        """;

    assertThatThrownBy(() -> transfer.importJson(stream(json))).isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(FieldProblem::field)
            .contains("$.organisations[1].name", "$.organisations[1].kind", "$.organisations[1].themes",
                "$.relations[0].from"));
    assertThat(names("A new cluster")).isEmpty();
  }

  @Test
  void malformedJsonIsRejectedWithItsLine() {
    assertThatThrownBy(() -> transfer.importJson(stream("{\n \"organisations\": [\n {\"key\": }\n]}")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("line 3");
  }

  @Test
  void exportThenReimportChangesNothing() {
    MapDocument before = transfer.exportMap();

    ImportReport report = transfer.importMap(before);

    assertThat(report.created()).isEmpty();
    assertThat(report.relationsAdded()).isZero();
    assertThat(transfer.exportMap().organisations()).hasSameSizeAs(before.organisations());
  }

  @Test
  void organisationsCsvRoundTripsAndReportsLineNumbers() {
    StringWriter csv = new StringWriter();
    transfer.exportOrganisationsCsv(csv);
    assertThat(csv.toString()).startsWith("key,name,acronym,aliases,kind").contains("org-cineca,Cineca");

    String bad = "name,kind,themes\nGood Cluster,CLUSTER,AI|HPC\nBad Cluster,ROCKET,AI\n";
    assertThatThrownBy(() -> transfer.importOrganisationsCsv(new StringReader(bad)))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(FieldProblem::field)
            .containsExactly("line 3: kind"));
    assertThat(names("Good Cluster")).isEmpty();

    transfer.importOrganisationsCsv(new StringReader("name,kind,themes\nGood Cluster,CLUSTER,AI|HPC\n"));
    assertThat(names("good cluster")).containsExactly("Good Cluster");
  }

  @Test
  void agreementPartiesAreKeptAsRelations() {
    long region = id("Regione Emilia-Romagna");
    var created = agreements.create(new AgreementInput("Test MoU", AgreementKind.MOU, AgreementStatus.DRAFT, null,
        null, null, null, null, Set.of("AI"), List.of(region, id("Cineca")), List.of(), List.of()));

    AgreementDetails details = agreements.get(created.id());
    assertThat(details.parties()).extracting(RecordRef::label).containsExactly("Cineca", "Regione Emilia-Romagna");

    agreements.update(created.id(), new AgreementInput("Test MoU", AgreementKind.MOU, AgreementStatus.SIGNED, null,
        null, null, null, null, Set.of("AI"), List.of(region), List.of(), List.of()));
    assertThat(agreements.get(created.id()).parties()).extracting(RecordRef::label)
        .containsExactly("Regione Emilia-Romagna");
    agreements.delete(created.id());
  }

  @Test
  void editingAnAgreementKeepsEveryCopyOfAPartyLinkWithItsOwnSource() {
    long region = id("Regione Emilia-Romagna");
    var created = agreements.create(new AgreementInput("Sourced MoU", AgreementKind.MOU, AgreementStatus.SIGNED, null,
        null, null, null, null, Set.of(), List.of(region), List.of(), List.of()));
    SourceRef second = relations.registerSource("src-second-article", "A second article", "it", null, null, "b.txt");
    relations.create(new RelationInput(RelationType.SIGNED, RecordKind.AGREEMENT, created.id(),
        RecordKind.ORGANISATION, region, null, null, null, second.id(), "Firmato anche dalla Regione."));

    agreements.update(created.id(), new AgreementInput("Sourced MoU, renamed", AgreementKind.MOU,
        AgreementStatus.ACTIVE, null, null, null, null, null, Set.of(), List.of(region), List.of(), List.of()));

    assertThat(relations.touching(RecordKind.AGREEMENT, created.id()))
        .filteredOn(r -> r.type() == RelationType.SIGNED).hasSize(2)
        .anySatisfy(r -> assertThat(r.quote()).isEqualTo("Firmato anche dalla Regione."));
    agreements.delete(created.id());
  }

  private List<String> names(String q) {
    return organisations.search(new OrganisationFilter(q, null, null, null, null), Pageable.ofSize(50))
        .map(OrganisationSummary::name).getContent();
  }

  private long id(String name) {
    return organisations.search(new OrganisationFilter(name, null, null, null, null), Pageable.ofSize(5))
        .getContent().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow().id();
  }

  private static ByteArrayInputStream stream(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }
}
