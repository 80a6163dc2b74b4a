package eu.intercluster.ecosystem;

import eu.intercluster.ecosystem.RecordLabels.Key;
import eu.intercluster.ecosystem.persistence.ActivityRepository;
import eu.intercluster.ecosystem.persistence.AgreementRepository;
import eu.intercluster.ecosystem.persistence.MapRecordEntity;
import eu.intercluster.ecosystem.persistence.Organisation;
import eu.intercluster.ecosystem.persistence.OrganisationRepository;
import eu.intercluster.ecosystem.persistence.PersonRepository;
import eu.intercluster.ecosystem.persistence.PlaceRepository;
import eu.intercluster.ecosystem.persistence.ProgrammeRepository;
import eu.intercluster.ecosystem.persistence.Relation;
import eu.intercluster.ecosystem.persistence.RelationRepository;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the network: every record that takes part in a relation is a node, every relation an
 * edge. Filters keep the relations whose ends match (theme, region) and the chosen types.
 */
@Service
@Transactional(readOnly = true)
class JpaMapGraph implements MapGraph {

  private final RelationRepository relations;
  private final OrganisationRepository organisations;
  private final PersonRepository people;
  private final PlaceRepository places;
  private final ProgrammeRepository programmes;
  private final AgreementRepository agreements;
  private final ActivityRepository activities;

  JpaMapGraph(RelationRepository relations, OrganisationRepository organisations, PersonRepository people,
      PlaceRepository places, ProgrammeRepository programmes, AgreementRepository agreements,
      ActivityRepository activities) {
    this.relations = relations;
    this.organisations = organisations;
    this.people = people;
    this.places = places;
    this.programmes = programmes;
    this.agreements = agreements;
    this.activities = activities;
  }

  @Override
  public GraphData graph(GraphFilter filter) {
    Map<Key, GraphData.Node> nodes = nodes();
    List<Relation> edges = relations.findAll().stream()
        .filter(r -> filter.types().isEmpty() || filter.types().contains(r.getType()))
        .filter(r -> nodes.containsKey(from(r)) && nodes.containsKey(to(r)))
        .filter(r -> matches(nodes.get(from(r)), filter) || matches(nodes.get(to(r)), filter))
        .toList();
    if (filter.focus() != null && !filter.focus().isBlank()) {
      Set<Key> keep = new HashSet<>();
      edges.stream().filter(r -> nodes.get(from(r)).id().equals(filter.focus())
          || nodes.get(to(r)).id().equals(filter.focus())).forEach(r -> {
            keep.add(from(r));
            keep.add(to(r));
          });
      edges = edges.stream().filter(r -> keep.contains(from(r)) && keep.contains(to(r))).toList();
    }
    Map<Key, GraphData.Node> used = new LinkedHashMap<>();
    edges.forEach(r -> {
      used.put(from(r), nodes.get(from(r)));
      used.put(to(r), nodes.get(to(r)));
    });
    List<GraphData.Edge> edgeList = edges.stream().map(r -> new GraphData.Edge("rel-" + r.getId(),
        nodes.get(from(r)).id(), nodes.get(to(r)).id(), r.getType(), r.getQuote())).toList();
    return new GraphData(List.copyOf(used.values()), edgeList);
  }

  private static boolean matches(GraphData.Node node, GraphFilter filter) {
    boolean theme = filter.theme() == null || filter.theme().isBlank() || node.themes().contains(filter.theme());
    boolean region = filter.region() == null || filter.region().isBlank()
        || (node.region() != null && SearchText.normalise(node.region()).equals(SearchText.normalise(filter.region())));
    return theme && region;
  }

  private static Key from(Relation r) {
    return new Key(r.getFromKind(), r.getFromId());
  }

  private static Key to(Relation r) {
    return new Key(r.getToKind(), r.getToId());
  }

  private Map<Key, GraphData.Node> nodes() {
    Map<Key, GraphData.Node> nodes = new HashMap<>();
    organisations.findAll().forEach(o -> put(nodes, o, o.getKind().name(), regionOf(o), List.copyOf(o.getThemes())));
    people.findAll().forEach(p -> put(nodes, p, null, null, List.of()));
    places.findAll().forEach(p -> put(nodes, p, p.getKind().name(), null, List.of()));
    programmes.findAll().forEach(p -> put(nodes, p, p.getKind().name(), null, List.copyOf(p.getThemes())));
    agreements.findAll().forEach(a -> put(nodes, a, a.getKind().name(), null, List.copyOf(a.getThemes())));
    activities.findAll().forEach(a -> put(nodes, a, a.getKind().name(), null, List.copyOf(a.getThemes())));
    return nodes;
  }

  private static String regionOf(Organisation o) {
    return Stream.of(o.getRegion(), o.getCountry()).filter(s -> s != null).findFirst().orElse(null);
  }

  private static void put(Map<Key, GraphData.Node> nodes, MapRecordEntity e, String subkind, String region,
      List<String> themes) {
    RecordRef ref = RecordLabels.ref(e);
    nodes.put(new Key(ref.kind(), ref.id()), new GraphData.Node(ref.key(), ref.kind(), ref.label(), subkind,
        region, themes, ref.path()));
  }
}
