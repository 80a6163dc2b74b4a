package eu.intercluster.ecosystem;

import eu.intercluster.ecosystem.persistence.ActivityRepository;
import eu.intercluster.ecosystem.persistence.AgreementRepository;
import eu.intercluster.ecosystem.persistence.MapRecordEntity;
import eu.intercluster.ecosystem.persistence.OrganisationRepository;
import eu.intercluster.ecosystem.persistence.PersonRepository;
import eu.intercluster.ecosystem.persistence.PlaceRepository;
import eu.intercluster.ecosystem.persistence.ProgrammeRepository;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** Finds a stored record of any kind by its exchange key (keys are unique across kinds). */
@Component
class KeyIndex {

  private final List<Function<String, Optional<? extends MapRecordEntity>>> finders;

  KeyIndex(OrganisationRepository organisations, PersonRepository people, PlaceRepository places,
      ProgrammeRepository programmes, AgreementRepository agreements, ActivityRepository activities) {
    this.finders = List.of(organisations::findByRecordKey, people::findByRecordKey, places::findByRecordKey,
        programmes::findByRecordKey, agreements::findByRecordKey, activities::findByRecordKey);
  }

  Optional<MapRecordEntity> find(String key) {
    if (key == null) {
      return Optional.empty();
    }
    for (var finder : finders) {
      Optional<? extends MapRecordEntity> found = finder.apply(key);
      if (found.isPresent()) {
        return Optional.of(found.get());
      }
    }
    return Optional.empty();
  }

  RecordKind kindOf(String key) {
    return find(key).map(MapRecordEntity::recordKind).orElse(null);
  }
}
