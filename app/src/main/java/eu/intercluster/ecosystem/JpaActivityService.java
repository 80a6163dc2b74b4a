package eu.intercluster.ecosystem;

import static eu.intercluster.ecosystem.RelationType.ORGANISED;
import static eu.intercluster.ecosystem.RelationType.PARTICIPATED;

import eu.intercluster.ecosystem.persistence.Activity;
import eu.intercluster.ecosystem.persistence.ActivityRepository;
import eu.intercluster.ecosystem.persistence.PlaceRepository;
import eu.intercluster.ecosystem.persistence.ProgrammeRepository;
import eu.intercluster.system.ConflictException;
import eu.intercluster.system.InvalidInputException;
import eu.intercluster.system.NotFoundException;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JpaActivityService implements ActivityService {

  private final ActivityRepository activities;
  private final PlaceRepository places;
  private final ProgrammeRepository programmes;
  private final RelationViews relationViews;
  private final RelationSync sync;
  private final JpaThemeCatalogue themes;

  JpaActivityService(ActivityRepository activities, PlaceRepository places, ProgrammeRepository programmes,
      RelationViews relationViews, RelationSync sync, JpaThemeCatalogue themes) {
    this.activities = activities;
    this.places = places;
    this.programmes = programmes;
    this.relationViews = relationViews;
    this.sync = sync;
    this.themes = themes;
  }

  @Override
  public Page<ActivitySummary> search(String q, ActivityKind kind, String theme, Pageable pageable) {
    Specification<Activity> spec = Specification.<Activity>allOf(RecordSearch.matching(q, "title"),
        RecordSearch.equalTo("kind", kind), RecordSearch.hasTheme(theme));
    return activities.findAll(spec, pageable).map(JpaActivityService::summary);
  }

  @Override
  public ActivityDetails get(long id) {
    Activity a = require(id);
    List<RelationView> around = relationViews.around(RecordKind.ACTIVITY, id);
    List<RecordRef> children = activities.findByParentId(id).stream().map(RecordLabels::ref).toList();
    return new ActivityDetails(a.getId(), a.getRecordKey(), a.getTitle(), a.getKind(), a.getStartDate(),
        a.getEndDate(), a.getDateText(), RecordLabels.ref(a.getPlace()), RecordLabels.ref(a.getProgramme()),
        RecordLabels.ref(a.getParent()), a.getDescription(), List.copyOf(a.getThemes()), children,
        RelationViews.sourcesOf(around, RecordKind.ACTIVITY, id, RelationViews.ofType(ORGANISED)),
        RelationViews.sourcesOf(around, RecordKind.ACTIVITY, id, RelationViews.ofType(PARTICIPATED)),
        around, RelationViews.sources(around, List.of()));
  }

  @Override
  @Transactional
  public ActivitySummary create(ActivityInput input) {
    Activity a = new Activity();
    apply(a, input);
    activities.saveAndFlush(a);
    syncPeople(a.getId(), input);
    return summary(a);
  }

  @Override
  @Transactional
  public ActivitySummary update(long id, ActivityInput input) {
    Activity a = require(id);
    apply(a, input);
    for (Activity ancestor = a.getParent(); ancestor != null; ancestor = ancestor.getParent()) {
      if (ancestor.getId().equals(a.getId())) {
        throw new InvalidInputException("parentId", "an activity cannot be part of itself");
      }
    }
    a.reindex();
    syncPeople(id, input);
    return summary(a);
  }

  @Override
  @Transactional
  public void delete(long id) {
    Activity a = require(id);
    List<Activity> children = activities.findByParentId(id);
    if (!children.isEmpty()) {
      throw new ConflictException("referenced", a.getTitle() + " has sub-activities; delete or move them first",
          children.stream().map(c -> "sub-activity: " + c.getTitle()).toList());
    }
    sync.removeAll(RecordKind.ACTIVITY, id);
    activities.delete(a);
  }

  @Override
  public List<RecordRef> options() {
    return activities.findAll(Sort.by("title")).stream().map(RecordLabels::ref).toList();
  }

  private void syncPeople(long id, ActivityInput input) {
    sync.sync("organiserIds", RecordKind.ACTIVITY, id, false, ORGANISED, RecordKind.ORGANISATION, input.organiserIds());
    sync.sync("participantOrganisationIds", RecordKind.ACTIVITY, id, false, PARTICIPATED,
        RecordKind.ORGANISATION, input.participantOrganisationIds());
    sync.sync("participantPersonIds", RecordKind.ACTIVITY, id, false, PARTICIPATED, RecordKind.PERSON,
        input.participantPersonIds());
  }

  private void apply(Activity a, ActivityInput input) {
    themes.requireKnown("themes", input.themes());
    a.setTitle(input.title().strip());
    a.setKind(input.kind());
    a.setStartDate(input.startDate());
    a.setEndDate(input.endDate());
    a.setDateText(Text.blankToNull(input.dateText()));
    a.setPlace(input.placeId() == null ? null : places.findById(input.placeId())
        .orElseThrow(() -> new InvalidInputException("placeId", "no place with id " + input.placeId())));
    a.setProgramme(input.programmeId() == null ? null : programmes.findById(input.programmeId())
        .orElseThrow(() -> new InvalidInputException("programmeId", "no programme with id " + input.programmeId())));
    a.setParent(input.parentId() == null ? null : activities.findById(input.parentId())
        .orElseThrow(() -> new InvalidInputException("parentId", "no activity with id " + input.parentId())));
    a.setDescription(Text.blankToNull(input.description()));
    Text.replace(a.getThemes(), input.themes());
  }

  private Activity require(long id) {
    return activities.findById(id).orElseThrow(() -> new NotFoundException("activity", id));
  }

  static ActivitySummary summary(Activity a) {
    return new ActivitySummary(a.getId(), a.getRecordKey(), a.getTitle(), a.getKind(), a.getStartDate(),
        a.getEndDate(), a.getDateText(), RecordLabels.ref(a.getPlace()), List.copyOf(a.getThemes()));
  }
}
