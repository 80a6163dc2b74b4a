package eu.intercluster.ecosystem;

import eu.intercluster.ecosystem.persistence.ActivityRepository;
import eu.intercluster.ecosystem.persistence.AgreementRepository;
import eu.intercluster.ecosystem.persistence.Place;
import eu.intercluster.ecosystem.persistence.PlaceRepository;
import eu.intercluster.system.ConflictException;
import eu.intercluster.system.InvalidInputException;
import eu.intercluster.system.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JpaPlaceService implements PlaceService {

  private final PlaceRepository places;
  private final ActivityRepository activities;
  private final AgreementRepository agreements;
  private final RelationViews relationViews;

  JpaPlaceService(PlaceRepository places, ActivityRepository activities, AgreementRepository agreements,
      RelationViews relationViews) {
    this.places = places;
    this.activities = activities;
    this.agreements = agreements;
    this.relationViews = relationViews;
  }

  @Override
  public Page<PlaceSummary> search(String q, PlaceKind kind, Pageable pageable) {
    Specification<Place> spec = Specification.<Place>allOf(RecordSearch.matching(q, "name"),
        RecordSearch.equalTo("kind", kind));
    return places.findAll(spec, pageable).map(JpaPlaceService::summary);
  }

  @Override
  public PlaceDetails get(long id) {
    Place p = require(id);
    List<RelationView> around = relationViews.around(RecordKind.PLACE, id);
    return new PlaceDetails(p.getId(), p.getRecordKey(), p.getName(), List.copyOf(p.getAliases()), p.getKind(),
        p.getCountry(), RecordLabels.ref(p.getParent()), p.getDescription(),
        places.findByParentId(id).stream().map(RecordLabels::ref).toList(),
        activities.findByPlaceId(id).stream().map(RecordLabels::ref).toList(),
        agreements.findBySigningPlaceId(id).stream().map(RecordLabels::ref).toList(),
        around, RelationViews.sources(around, List.of()));
  }

  @Override
  @Transactional
  public PlaceSummary create(PlaceInput input) {
    Place p = new Place();
    apply(p, input);
    return summary(places.save(p));
  }

  @Override
  @Transactional
  public PlaceSummary update(long id, PlaceInput input) {
    Place p = require(id);
    apply(p, input);
    for (Place ancestor = p.getParent(); ancestor != null; ancestor = ancestor.getParent()) {
      if (ancestor.getId().equals(p.getId())) {
        throw new InvalidInputException("parentId", "a place cannot lie inside itself");
      }
    }
    p.reindex();
    return summary(p);
  }

  @Override
  @Transactional
  public void delete(long id) {
    Place p = require(id);
    List<String> references = new ArrayList<>();
    places.findByParentId(id).forEach(c -> references.add("place inside it: " + c.getName()));
    activities.findByPlaceId(id).forEach(a -> references.add("activity held there: " + a.getTitle()));
    agreements.findBySigningPlaceId(id).forEach(a -> references.add("agreement signed there: " + a.getTitle()));
    references.addAll(RelationViews.describe(relationViews.around(RecordKind.PLACE, id)));
    if (!references.isEmpty()) {
      throw new ConflictException("referenced", p.getName() + " is still referenced by "
          + references.size() + " records; remove them first", references);
    }
    places.delete(p);
  }

  @Override
  public List<RecordRef> options() {
    return places.findAll(Sort.by("name")).stream().map(RecordLabels::ref).toList();
  }

  private void apply(Place p, PlaceInput input) {
    p.setName(input.name().strip());
    p.setKind(input.kind());
    p.setCountry(Text.blankToNull(input.country()));
    p.setDescription(Text.blankToNull(input.description()));
    p.setParent(input.parentId() == null ? null : places.findById(input.parentId())
        .orElseThrow(() -> new InvalidInputException("parentId", "no place with id " + input.parentId())));
    Text.replace(p.getAliases(), input.aliases());
  }

  private Place require(long id) {
    return places.findById(id).orElseThrow(() -> new NotFoundException("place", id));
  }

  static PlaceSummary summary(Place p) {
    return new PlaceSummary(p.getId(), p.getRecordKey(), p.getName(), p.getKind(), p.getCountry(),
        RecordLabels.ref(p.getParent()));
  }
}
