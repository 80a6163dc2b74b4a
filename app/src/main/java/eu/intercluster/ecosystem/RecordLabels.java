package eu.intercluster.ecosystem;

import eu.intercluster.ecosystem.persistence.ActivityRepository;
import eu.intercluster.ecosystem.persistence.AgreementRepository;
import eu.intercluster.ecosystem.persistence.MapRecordEntity;
import eu.intercluster.ecosystem.persistence.OrganisationRepository;
import eu.intercluster.ecosystem.persistence.PersonRepository;
import eu.intercluster.ecosystem.persistence.PlaceRepository;
import eu.intercluster.ecosystem.persistence.ProgrammeRepository;
import eu.intercluster.system.NotFoundException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Component;

/** Finds records of any kind by id and turns them into {@link RecordRef}s, in batches. */
@Component
class RecordLabels {

  private final Map<RecordKind, JpaRepository<? extends MapRecordEntity, Long>> repositories =
      new EnumMap<>(RecordKind.class);

  RecordLabels(OrganisationRepository organisations, PersonRepository people, PlaceRepository places,
      ProgrammeRepository programmes, AgreementRepository agreements, ActivityRepository activities) {
    repositories.put(RecordKind.ORGANISATION, organisations);
    repositories.put(RecordKind.PERSON, people);
    repositories.put(RecordKind.PLACE, places);
    repositories.put(RecordKind.PROGRAMME, programmes);
    repositories.put(RecordKind.AGREEMENT, agreements);
    repositories.put(RecordKind.ACTIVITY, activities);
  }

  static RecordRef ref(MapRecordEntity entity) {
    return entity == null ? null
        : new RecordRef(entity.recordKind(), entity.getId(), entity.getRecordKey(), entity.label());
  }

  Optional<MapRecordEntity> find(RecordKind kind, long id) {
    return repositories.get(kind).findById(id).map(MapRecordEntity.class::cast);
  }

  MapRecordEntity require(RecordKind kind, long id) {
    return find(kind, id).orElseThrow(() -> new NotFoundException(kind.name().toLowerCase(), id));
  }

  /** Refs for the given (kind, id) pairs; unknown ids are left out. */
  Map<Key, RecordRef> refs(Collection<Key> keys) {
    Map<RecordKind, Set<Long>> byKind = new EnumMap<>(RecordKind.class);
    keys.forEach(k -> byKind.computeIfAbsent(k.kind(), x -> new HashSet<>()).add(k.id()));
    Map<Key, RecordRef> refs = new HashMap<>();
    byKind.forEach((kind, ids) -> repositories.get(kind).findAllById(ids)
        .forEach(e -> refs.put(new Key(kind, e.getId()), ref(e))));
    return refs;
  }

  List<RecordRef> refs(RecordKind kind, Collection<Long> ids) {
    return repositories.get(kind).findAllById(ids).stream().map(e -> ref((MapRecordEntity) e))
        .sorted(java.util.Comparator.comparing(RecordRef::label, String.CASE_INSENSITIVE_ORDER)).toList();
  }

  record Key(RecordKind kind, long id) {}
}
