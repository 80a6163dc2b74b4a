package eu.intercluster.ecosystem;

import eu.intercluster.ecosystem.persistence.ActivityRepository;
import eu.intercluster.ecosystem.persistence.AgreementRepository;
import eu.intercluster.ecosystem.persistence.MapRecordEntity;
import eu.intercluster.ecosystem.persistence.OrganisationRepository;
import eu.intercluster.ecosystem.persistence.PersonRepository;
import eu.intercluster.ecosystem.persistence.PlaceRepository;
import eu.intercluster.ecosystem.persistence.ProgrammeRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JpaMapNames implements MapNames {

  private final OrganisationRepository organisations;
  private final PersonRepository people;
  private final PlaceRepository places;
  private final ProgrammeRepository programmes;
  private final AgreementRepository agreements;
  private final ActivityRepository activities;

  JpaMapNames(OrganisationRepository organisations, PersonRepository people, PlaceRepository places,
      ProgrammeRepository programmes, AgreementRepository agreements, ActivityRepository activities) {
    this.organisations = organisations;
    this.people = people;
    this.places = places;
    this.programmes = programmes;
    this.agreements = agreements;
    this.activities = activities;
  }

  @Override
  public List<KnownRecord> all() {
    List<KnownRecord> known = new ArrayList<>();
    organisations.findAll().forEach(o -> known.add(known(o, o.getKind().name(),
        Stream.concat(Stream.of(o.getName(), o.getAcronym()), o.getAliases().stream()).toList())));
    people.findAll().forEach(p -> known.add(known(p, null, names(p.getName(), p.getAliases()))));
    places.findAll().forEach(p -> known.add(known(p, p.getKind().name(), names(p.getName(), p.getAliases()))));
    programmes.findAll().forEach(p -> known.add(known(p, p.getKind().name(), names(p.getName(), p.getAliases()))));
    agreements.findAll().forEach(a -> known.add(known(a, a.getKind().name(), List.of(a.getTitle()))));
    activities.findAll().forEach(a -> known.add(known(a, a.getKind().name(), List.of(a.getTitle()))));
    return known;
  }

  private static List<String> names(String name, Collection<String> aliases) {
    return Stream.concat(Stream.of(name), aliases.stream()).toList();
  }

  private static KnownRecord known(MapRecordEntity entity, String subkind, List<String> names) {
    return new KnownRecord(RecordLabels.ref(entity), subkind,
        List.copyOf(new LinkedHashSet<>(names.stream().filter(Objects::nonNull).filter(n -> !n.isBlank()).toList())));
  }
}
