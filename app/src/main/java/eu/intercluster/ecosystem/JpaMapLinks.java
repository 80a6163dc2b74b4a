package eu.intercluster.ecosystem;

import eu.intercluster.ecosystem.persistence.Organisation;
import eu.intercluster.ecosystem.persistence.OrganisationRepository;
import eu.intercluster.ecosystem.persistence.Relation;
import eu.intercluster.ecosystem.persistence.RelationRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links between the organisations of two regions: both are ends of relations to the same
 * agreement or activity (parties, involved, organisers, participants), or directly related.
 */
@Service
@Transactional(readOnly = true)
class JpaMapLinks implements MapLinks {

  private final OrganisationRepository organisations;
  private final RelationRepository relations;
  private final RecordLabels labels;

  JpaMapLinks(OrganisationRepository organisations, RelationRepository relations, RecordLabels labels) {
    this.organisations = organisations;
    this.relations = relations;
    this.labels = labels;
  }

  @Override
  public List<RegionLink> between(String region, String otherRegion) {
    Map<Long, Organisation> all = organisations.findAll().stream()
        .collect(Collectors.toMap(Organisation::getId, Function.identity()));
    Set<Long> here = inRegion(all.values(), region);
    Set<Long> there = inRegion(all.values(), otherRegion);
    Map<RecordLabels.Key, List<Long>> byHub = new java.util.HashMap<>();
    Set<RegionLink> links = new LinkedHashSet<>();
    for (Relation r : relations.findAll()) {
      boolean fromOrg = r.getFromKind() == RecordKind.ORGANISATION;
      boolean toOrg = r.getToKind() == RecordKind.ORGANISATION;
      if (fromOrg && toOrg) {
        direct(links, all, here, there, r.getFromId(), r.getToId(), r.getType());
        direct(links, all, here, there, r.getToId(), r.getFromId(), r.getType());
      } else if (fromOrg && isHub(r.getToKind())) {
        byHub.computeIfAbsent(new RecordLabels.Key(r.getToKind(), r.getToId()), k -> new ArrayList<>()).add(r.getFromId());
      } else if (toOrg && isHub(r.getFromKind())) {
        byHub.computeIfAbsent(new RecordLabels.Key(r.getFromKind(), r.getFromId()), k -> new ArrayList<>()).add(r.getToId());
      }
    }
    Map<RecordLabels.Key, RecordRef> hubs = labels.refs(byHub.keySet());
    byHub.forEach((hub, members) -> {
      for (Long a : members) {
        for (Long b : members) {
          if (!a.equals(b) && here.contains(a) && there.contains(b)) {
            links.add(new RegionLink(RecordLabels.ref(all.get(a)), RecordLabels.ref(all.get(b)), hubs.get(hub),
                hub.kind().name()));
          }
        }
      }
    });
    return links.stream()
        .sorted(Comparator.comparing((RegionLink l) -> l.organisation().label()).thenComparing(l -> l.counterpart().label()))
        .toList();
  }

  private static boolean isHub(RecordKind kind) {
    return kind == RecordKind.AGREEMENT || kind == RecordKind.ACTIVITY;
  }

  private static void direct(Set<RegionLink> links, Map<Long, Organisation> all, Set<Long> here, Set<Long> there,
      Long a, Long b, RelationType type) {
    if (here.contains(a) && there.contains(b) && !a.equals(b)) {
      links.add(new RegionLink(RecordLabels.ref(all.get(a)), RecordLabels.ref(all.get(b)), null, type.name()));
    }
  }

  /** Organisations whose region or country is the given one, or that are named after it. */
  private static Set<Long> inRegion(java.util.Collection<Organisation> all, String region) {
    String wanted = SearchText.normalise(region);
    if (wanted.isEmpty()) {
      return Set.of();
    }
    return all.stream().filter(o -> wanted.equals(SearchText.normalise(o.getRegion()))
            || wanted.equals(SearchText.normalise(o.getCountry()))
            || SearchText.normalise(o.getName()).equals(wanted)
            || o.getAliases().stream().anyMatch(a -> SearchText.normalise(a).equals(wanted)))
        .map(Organisation::getId).collect(Collectors.toSet());
  }
}
