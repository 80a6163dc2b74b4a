package eu.intercluster.ecosystem;

import eu.intercluster.ecosystem.persistence.ActivityRepository;
import eu.intercluster.ecosystem.persistence.AgreementRepository;
import eu.intercluster.ecosystem.persistence.MapRecordEntity;
import eu.intercluster.ecosystem.persistence.OrganisationRepository;
import eu.intercluster.ecosystem.persistence.PersonRepository;
import eu.intercluster.ecosystem.persistence.PlaceRepository;
import eu.intercluster.ecosystem.persistence.ProgrammeRepository;
import eu.intercluster.ecosystem.persistence.RelationRepository;
import eu.intercluster.ecosystem.persistence.SourceDocument;
import eu.intercluster.ecosystem.persistence.SourceDocumentRepository;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** Reads the whole map into the exchange format, records in key order. */
@Component
class MapExporter {

  private static final Sort BY_KEY = Sort.by("recordKey");

  private final SourceDocumentRepository sources;
  private final PlaceRepository places;
  private final OrganisationRepository organisations;
  private final PersonRepository people;
  private final ProgrammeRepository programmes;
  private final AgreementRepository agreements;
  private final ActivityRepository activities;
  private final RelationRepository relations;
  private final RecordLabels labels;

  MapExporter(SourceDocumentRepository sources, PlaceRepository places, OrganisationRepository organisations,
      PersonRepository people, ProgrammeRepository programmes, AgreementRepository agreements,
      ActivityRepository activities, RelationRepository relations, RecordLabels labels) {
    this.sources = sources;
    this.places = places;
    this.organisations = organisations;
    this.people = people;
    this.programmes = programmes;
    this.agreements = agreements;
    this.activities = activities;
    this.relations = relations;
    this.labels = labels;
  }

  MapDocument export() {
    var placeList = places.findAll(BY_KEY).stream().map(p -> new MapDocument.PlaceRecord(p.getRecordKey(),
        p.getName(), List.copyOf(p.getAliases()), p.getKind().name(), key(p.getParent()), p.getCountry(),
        p.getDescription())).toList();
    var orgList = organisations.findAll(BY_KEY).stream().map(o -> new MapDocument.OrganisationRecord(
        o.getRecordKey(), o.getName(), o.getAcronym(), List.copyOf(o.getAliases()), o.getKind().name(),
        o.getCountry(), o.getRegion(), o.getCity(), o.getWebsite(), o.getDescription(),
        new TreeSet<>(o.getThemes()))).toList();
    var personList = people.findAll(BY_KEY).stream().map(p -> new MapDocument.PersonRecord(p.getRecordKey(),
        p.getName(), List.copyOf(p.getAliases()), p.getDescription(), p.getRoles().stream()
            .map(r -> new MapDocument.Role(key(r.getOrganisation()), r.getRoleText(), r.getFrom(), r.getTo(),
                sourceKey(r.getSource()), r.getQuote())).toList())).toList();
    var programmeList = programmes.findAll(BY_KEY).stream().map(p -> new MapDocument.ProgrammeRecord(
        p.getRecordKey(), p.getName(), List.copyOf(p.getAliases()), p.getKind().name(), p.getDescription(),
        new TreeSet<>(p.getThemes()))).toList();
    var agreementList = agreements.findAll(BY_KEY).stream().map(a -> new MapDocument.AgreementRecord(
        a.getRecordKey(), a.getTitle(), a.getKind().name(), a.getStatus().name(), a.getSignedOn(),
        key(a.getSigningPlace()), a.getDuration(), a.getExpiresOn(), a.getDescription(),
        new TreeSet<>(a.getThemes()))).toList();
    var activityList = activities.findAll(BY_KEY).stream().map(a -> new MapDocument.ActivityRecord(
        a.getRecordKey(), a.getTitle(), a.getKind().name(), a.getStartDate(), a.getEndDate(), a.getDateText(),
        key(a.getPlace()), key(a.getProgramme()), key(a.getParent()), a.getDescription(),
        new TreeSet<>(a.getThemes()))).toList();
    var all = relations.findAllWithSource();
    List<RecordLabels.Key> ends = all.stream().flatMap(r -> java.util.stream.Stream.of(
        new RecordLabels.Key(r.getFromKind(), r.getFromId()), new RecordLabels.Key(r.getToKind(), r.getToId()))).toList();
    Map<RecordLabels.Key, RecordRef> refs = labels.refs(ends);
    var relationList = all.stream()
        .filter(r -> refs.containsKey(new RecordLabels.Key(r.getFromKind(), r.getFromId()))
            && refs.containsKey(new RecordLabels.Key(r.getToKind(), r.getToId())))
        .sorted(java.util.Comparator.comparing(r -> r.getId()))
        .map(r -> new MapDocument.RelationRecord(r.getType().name(),
            refs.get(new RecordLabels.Key(r.getFromKind(), r.getFromId())).key(),
            refs.get(new RecordLabels.Key(r.getToKind(), r.getToId())).key(), r.getFromDate(), r.getToDate(),
            r.getNote(), sourceKey(r.getSource()), r.getQuote())).toList();
    var sourceList = sources.findAll(BY_KEY).stream().map(s -> new MapDocument.Source(s.getRecordKey(),
        s.getTitle(), s.getLanguage(), s.getPublishedOn(), s.getUrl(), s.getOrigin())).toList();
    return new MapDocument(MapDocument.FORMAT, MapDocument.VERSION, sourceList, placeList, orgList, personList,
        programmeList, agreementList, activityList, relationList);
  }

  private static String key(MapRecordEntity entity) {
    return entity == null ? null : entity.getRecordKey();
  }

  private static String sourceKey(SourceDocument source) {
    return source == null ? null : source.getRecordKey();
  }
}
