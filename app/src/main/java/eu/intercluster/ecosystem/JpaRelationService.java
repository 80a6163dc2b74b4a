package eu.intercluster.ecosystem;

import eu.intercluster.ecosystem.persistence.Relation;
import eu.intercluster.ecosystem.persistence.RelationRepository;
import eu.intercluster.ecosystem.persistence.SourceDocumentRepository;
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
class JpaRelationService implements RelationService {

  private final RelationRepository relations;
  private final SourceDocumentRepository sources;
  private final RelationViews views;
  private final RecordLabels labels;

  JpaRelationService(RelationRepository relations, SourceDocumentRepository sources, RelationViews views,
      RecordLabels labels) {
    this.relations = relations;
    this.sources = sources;
    this.views = views;
    this.labels = labels;
  }

  @Override
  public Page<RelationView> list(RelationType type, Pageable pageable) {
    Specification<Relation> spec = RecordSearch.equalTo("type", type);
    Page<Relation> page = relations.findAll(spec, pageable.getSort().isSorted() ? pageable
        : org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("id")));
    List<RelationView> content = views.views(page.getContent());
    return new org.springframework.data.domain.PageImpl<>(content, page.getPageable(), page.getTotalElements());
  }

  @Override
  public RelationView get(long id) {
    Relation r = relations.findById(id).orElseThrow(() -> new NotFoundException("relation", id));
    return views.views(List.of(r)).get(0);
  }

  @Override
  @Transactional
  public RelationView create(RelationInput input) {
    if (labels.find(input.fromKind(), input.fromId()).isEmpty()) {
      throw new InvalidInputException("fromId", "no " + input.fromKind().name().toLowerCase() + " with id " + input.fromId());
    }
    if (labels.find(input.toKind(), input.toId()).isEmpty()) {
      throw new InvalidInputException("toId", "no " + input.toKind().name().toLowerCase() + " with id " + input.toId());
    }
    if (input.fromKind() == input.toKind() && input.fromId().equals(input.toId())) {
      throw new InvalidInputException("toId", "a relation must link two different records");
    }
    if (input.fromDate() != null && input.toDate() != null && input.toDate().isBefore(input.fromDate())) {
      throw new InvalidInputException("toDate", "must not be before fromDate");
    }
    Relation r = new Relation(input.type(), input.fromKind(), input.fromId(), input.toKind(), input.toId());
    r.setFromDate(input.fromDate());
    r.setToDate(input.toDate());
    r.setNote(Text.blankToNull(input.note()));
    r.setQuote(Text.blankToNull(input.quote()));
    if (input.sourceId() != null) {
      r.setSource(sources.findById(input.sourceId())
          .orElseThrow(() -> new InvalidInputException("sourceId", "no source document with id " + input.sourceId())));
    }
    return views.views(List.of(relations.save(r))).get(0);
  }

  @Override
  @Transactional
  public void delete(long id) {
    relations.delete(relations.findById(id).orElseThrow(() -> new NotFoundException("relation", id)));
  }

  @Override
  public List<RelationView> touching(RecordKind kind, long id) {
    return views.around(kind, id);
  }

  @Override
  @Transactional
  public SourceRef registerSource(String key, String title, String language, java.time.LocalDate publishedOn,
      String url, String origin) {
    if (key == null || key.isBlank()) {
      throw new InvalidInputException("key", "must not be blank");
    }
    if (title == null || title.isBlank()) {
      throw new InvalidInputException("title", "must not be blank");
    }
    var document = sources.findByRecordKey(key)
        .orElseGet(() -> new eu.intercluster.ecosystem.persistence.SourceDocument(key, title));
    document.setTitle(title.length() > 1000 ? title.substring(0, 1000) : title);
    document.setLanguage(Text.blankToNull(language));
    document.setPublishedOn(publishedOn);
    document.setUrl(Text.blankToNull(url));
    document.setOrigin(Text.blankToNull(origin));
    return RelationViews.source(sources.save(document));
  }

  @Override
  public List<SourceRef> sources() {
    return sources.findAll(Sort.by("recordKey")).stream().map(RelationViews::source).toList();
  }
}
