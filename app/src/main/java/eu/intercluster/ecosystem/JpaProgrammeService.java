package eu.intercluster.ecosystem;

import eu.intercluster.ecosystem.persistence.ActivityRepository;
import eu.intercluster.ecosystem.persistence.Programme;
import eu.intercluster.ecosystem.persistence.ProgrammeRepository;
import eu.intercluster.system.ConflictException;
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
class JpaProgrammeService implements ProgrammeService {

  private final ProgrammeRepository programmes;
  private final ActivityRepository activities;
  private final RelationViews relationViews;
  private final JpaThemeCatalogue themes;

  JpaProgrammeService(ProgrammeRepository programmes, ActivityRepository activities, RelationViews relationViews, JpaThemeCatalogue themes) {
    this.programmes = programmes;
    this.activities = activities;
    this.relationViews = relationViews;
    this.themes = themes;
  }

  @Override
  public Page<ProgrammeSummary> search(String q, ProgrammeKind kind, String theme, Pageable pageable) {
    Specification<Programme> spec = Specification.<Programme>allOf(RecordSearch.matching(q, "name"),
        RecordSearch.equalTo("kind", kind), RecordSearch.hasTheme(theme));
    return programmes.findAll(spec, pageable).map(JpaProgrammeService::summary);
  }

  @Override
  public ProgrammeDetails get(long id) {
    Programme p = require(id);
    List<RelationView> around = relationViews.around(RecordKind.PROGRAMME, id);
    return new ProgrammeDetails(p.getId(), p.getRecordKey(), p.getName(), List.copyOf(p.getAliases()),
        p.getKind(), p.getDescription(), List.copyOf(p.getThemes()),
        activities.findByProgrammeId(id).stream().map(RecordLabels::ref).toList(), around,
        RelationViews.sources(around, List.of()));
  }

  @Override
  @Transactional
  public ProgrammeSummary create(ProgrammeInput input) {
    Programme p = new Programme();
    apply(p, input);
    return summary(programmes.save(p));
  }

  @Override
  @Transactional
  public ProgrammeSummary update(long id, ProgrammeInput input) {
    Programme p = require(id);
    apply(p, input);
    p.reindex();
    return summary(p);
  }

  @Override
  @Transactional
  public void delete(long id) {
    Programme p = require(id);
    List<String> references = new ArrayList<>();
    activities.findByProgrammeId(id).forEach(a -> references.add("activity of the programme: " + a.getTitle()));
    references.addAll(RelationViews.describe(relationViews.around(RecordKind.PROGRAMME, id)));
    if (!references.isEmpty()) {
      throw new ConflictException("referenced", p.getName() + " is still referenced by "
          + references.size() + " records; remove them first", references);
    }
    programmes.delete(p);
  }

  @Override
  public List<RecordRef> options() {
    return programmes.findAll(Sort.by("name")).stream().map(RecordLabels::ref).toList();
  }

  private void apply(Programme p, ProgrammeInput input) {
    themes.requireKnown("themes", input.themes());
    p.setName(input.name().strip());
    p.setKind(input.kind());
    p.setDescription(Text.blankToNull(input.description()));
    Text.replace(p.getAliases(), input.aliases());
    Text.replace(p.getThemes(), input.themes());
  }

  private Programme require(long id) {
    return programmes.findById(id).orElseThrow(() -> new NotFoundException("programme", id));
  }

  static ProgrammeSummary summary(Programme p) {
    return new ProgrammeSummary(p.getId(), p.getRecordKey(), p.getName(), p.getKind(), List.copyOf(p.getThemes()));
  }
}
