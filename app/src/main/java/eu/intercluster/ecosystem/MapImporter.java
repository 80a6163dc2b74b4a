package eu.intercluster.ecosystem;

import eu.intercluster.ecosystem.MapDocument.RelationRecord;
import eu.intercluster.ecosystem.persistence.Activity;
import eu.intercluster.ecosystem.persistence.ActivityRepository;
import eu.intercluster.ecosystem.persistence.Agreement;
import eu.intercluster.ecosystem.persistence.AgreementRepository;
import eu.intercluster.ecosystem.persistence.MapRecordEntity;
import eu.intercluster.ecosystem.persistence.Organisation;
import eu.intercluster.ecosystem.persistence.OrganisationRepository;
import eu.intercluster.ecosystem.persistence.Person;
import eu.intercluster.ecosystem.persistence.PersonRepository;
import eu.intercluster.ecosystem.persistence.PersonRole;
import eu.intercluster.ecosystem.persistence.Place;
import eu.intercluster.ecosystem.persistence.PlaceRepository;
import eu.intercluster.ecosystem.persistence.Programme;
import eu.intercluster.ecosystem.persistence.ProgrammeRepository;
import eu.intercluster.ecosystem.persistence.Relation;
import eu.intercluster.ecosystem.persistence.RelationRepository;
import eu.intercluster.ecosystem.persistence.SourceDocument;
import eu.intercluster.ecosystem.persistence.SourceDocumentRepository;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Component;

/** Writes a validated map document: records matched by key are updated, new keys created. */
@Component
class MapImporter {

  private final SourceDocumentRepository sources;
  private final PlaceRepository places;
  private final OrganisationRepository organisations;
  private final PersonRepository people;
  private final ProgrammeRepository programmes;
  private final AgreementRepository agreements;
  private final ActivityRepository activities;
  private final RelationRepository relations;
  private final KeyIndex keyIndex;

  MapImporter(SourceDocumentRepository sources, PlaceRepository places, OrganisationRepository organisations,
      PersonRepository people, ProgrammeRepository programmes, AgreementRepository agreements,
      ActivityRepository activities, RelationRepository relations, KeyIndex keyIndex) {
    this.sources = sources;
    this.places = places;
    this.organisations = organisations;
    this.people = people;
    this.programmes = programmes;
    this.agreements = agreements;
    this.activities = activities;
    this.relations = relations;
    this.keyIndex = keyIndex;
  }

  /** Must run inside the caller's transaction, after validation. */
  ImportReport write(MapDocument doc) {
    Tally tally = new Tally();
    Map<String, SourceDocument> docs = new HashMap<>();
    for (MapDocument.Source s : doc.sources()) {
      SourceDocument d = sources.findByRecordKey(s.key()).orElseGet(() -> new SourceDocument(s.key(), s.title()));
      d.setTitle(s.title());
      d.setLanguage(Text.blankToNull(s.language()));
      d.setPublishedOn(s.publishedOn());
      d.setUrl(Text.blankToNull(s.url()));
      d.setOrigin(Text.blankToNull(s.origin()));
      docs.put(s.key(), sources.save(d));
    }
    for (var r : doc.places()) {
      Place p = upsert(places, r.key(), Place::new, tally, "places");
      p.setName(r.name().strip());
      p.setKind(PlaceKind.valueOf(r.kind()));
      p.setCountry(Text.blankToNull(r.country()));
      p.setDescription(Text.blankToNull(r.description()));
      Text.replace(p.getAliases(), orEmpty(r.aliases()));
      places.save(p).reindex();
    }
    for (var r : doc.places()) {
      places.findByRecordKey(r.key()).orElseThrow().setParent(r.parent() == null ? null : place(r.parent()));
    }
    for (var r : doc.organisations()) {
      Organisation o = upsert(organisations, r.key(), Organisation::new, tally, "organisations");
      JpaOrganisationService.apply(o, new OrganisationInput(r.name(), r.acronym(), orEmpty(r.aliases()),
          OrganisationKind.valueOf(r.kind()), r.country(), r.region(), r.city(), r.website(), r.description(),
          r.themes() == null ? Set.of() : r.themes()));
      organisations.save(o).reindex();
    }
    for (var r : doc.programmes()) {
      Programme p = upsert(programmes, r.key(), Programme::new, tally, "programmes");
      p.setName(r.name().strip());
      p.setKind(ProgrammeKind.valueOf(r.kind()));
      p.setDescription(Text.blankToNull(r.description()));
      Text.replace(p.getAliases(), orEmpty(r.aliases()));
      Text.replace(p.getThemes(), r.themes() == null ? Set.of() : r.themes());
      programmes.save(p).reindex();
    }
    for (var r : doc.people()) {
      Person p = upsert(people, r.key(), Person::new, tally, "people");
      p.setName(r.name().strip());
      p.setDescription(Text.blankToNull(r.description()));
      Text.replace(p.getAliases(), orEmpty(r.aliases()));
      p.getRoles().clear();
      for (MapDocument.Role role : orEmpty(r.roles())) {
        PersonRole added = p.addRole(role.organisation() == null ? null : organisation(role.organisation()),
            Text.blankToNull(role.role()));
        added.setFrom(role.from());
        added.setTo(role.to());
        added.setSource(source(docs, role.source()));
        added.setQuote(Text.blankToNull(role.quote()));
      }
      people.save(p).reindex();
    }
    for (var r : doc.agreements()) {
      Agreement a = upsert(agreements, r.key(), Agreement::new, tally, "agreements");
      a.setTitle(r.title().strip());
      a.setKind(AgreementKind.valueOf(r.kind()));
      a.setStatus(AgreementStatus.valueOf(r.status()));
      a.setSignedOn(r.signedOn());
      a.setSigningPlace(r.signingPlace() == null ? null : place(r.signingPlace()));
      a.setDuration(Text.blankToNull(r.duration()));
      a.setExpiresOn(r.expiresOn());
      a.setDescription(Text.blankToNull(r.description()));
      Text.replace(a.getThemes(), r.themes() == null ? Set.of() : r.themes());
      agreements.save(a).reindex();
    }
    for (var r : doc.activities()) {
      Activity a = upsert(activities, r.key(), Activity::new, tally, "activities");
      a.setTitle(r.title().strip());
      a.setKind(ActivityKind.valueOf(r.kind()));
      a.setStartDate(r.startDate());
      a.setEndDate(r.endDate());
      a.setDateText(Text.blankToNull(r.dateText()));
      a.setPlace(r.place() == null ? null : place(r.place()));
      a.setProgramme(r.programme() == null ? null : programmes.findByRecordKey(r.programme()).orElseThrow());
      a.setDescription(Text.blankToNull(r.description()));
      Text.replace(a.getThemes(), r.themes() == null ? Set.of() : r.themes());
      activities.save(a).reindex();
    }
    for (var r : doc.activities()) {
      activities.findByRecordKey(r.key()).orElseThrow()
          .setParent(r.parent() == null ? null : activities.findByRecordKey(r.parent()).orElseThrow());
    }
    relations.flush();
    return new ImportReport(tally.created, tally.updated, writeRelations(doc.relations(), docs));
  }

  private int writeRelations(List<RelationRecord> records, Map<String, SourceDocument> docs) {
    Set<List<Object>> existing = new HashSet<>();
    relations.findAllWithSource().forEach(r -> existing.add(identity(r.getType(), r.getFromKind(), r.getFromId(),
        r.getToKind(), r.getToId(), r.getSource() == null ? null : r.getSource().getId())));
    int added = 0;
    for (RelationRecord r : records) {
      MapRecordEntity from = keyIndex.find(r.from()).orElseThrow();
      MapRecordEntity to = keyIndex.find(r.to()).orElseThrow();
      SourceDocument source = source(docs, r.source());
      RelationType type = RelationType.valueOf(r.type());
      if (existing.add(identity(type, from.recordKind(), from.getId(), to.recordKind(), to.getId(),
          source == null ? null : source.getId()))) {
        Relation relation = new Relation(type, from.recordKind(), from.getId(), to.recordKind(), to.getId());
        relation.setFromDate(r.fromDate());
        relation.setToDate(r.toDate());
        relation.setNote(Text.blankToNull(r.note()));
        relation.setSource(source);
        relation.setQuote(Text.blankToNull(r.quote()));
        relations.save(relation);
        added++;
      }
    }
    return added;
  }

  private static List<Object> identity(RelationType type, RecordKind fromKind, Long fromId, RecordKind toKind,
      Long toId, Long sourceId) {
    return java.util.Arrays.asList(type, fromKind, fromId, toKind, toId, sourceId);
  }

  private <E extends MapRecordEntity> E upsert(JpaRepository<E, Long> repository, String key, Supplier<E> create,
      Tally tally, String kind) {
    @SuppressWarnings("unchecked")
    E existing = (E) keyIndex.find(key).orElse(null);
    if (existing != null) {
      tally.updated.merge(kind, 1, Integer::sum);
      return existing;
    }
    E created = create.get();
    created.setRecordKey(key);
    tally.created.merge(kind, 1, Integer::sum);
    return created;
  }

  private Place place(String key) {
    return places.findByRecordKey(key).orElseThrow();
  }

  private Organisation organisation(String key) {
    return organisations.findByRecordKey(key).orElseThrow();
  }

  private SourceDocument source(Map<String, SourceDocument> docs, String key) {
    if (key == null || key.isBlank()) {
      return null;
    }
    return Objects.requireNonNullElseGet(docs.get(key), () -> sources.findByRecordKey(key).orElseThrow());
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static final class Tally {
    final Map<String, Integer> created = new TreeMap<>();
    final Map<String, Integer> updated = new TreeMap<>();
  }
}
