package eu.intercluster.ecosystem;

import eu.intercluster.ecosystem.RecordLabels.Key;
import eu.intercluster.ecosystem.persistence.PersonRole;
import eu.intercluster.ecosystem.persistence.Relation;
import eu.intercluster.ecosystem.persistence.RelationRepository;
import eu.intercluster.ecosystem.persistence.SourceDocument;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/** Reads the relations around a record and shows them with both ends labelled and their sources. */
@Component
class RelationViews {

  private final RelationRepository relations;
  private final RecordLabels labels;

  RelationViews(RelationRepository relations, RecordLabels labels) {
    this.relations = relations;
    this.labels = labels;
  }

  /** Every relation touching the record, with both ends resolved. */
  List<RelationView> around(RecordKind kind, long id) {
    return views(relations.findTouching(kind, id));
  }

  List<RelationView> views(Collection<Relation> list) {
    List<Key> keys = new ArrayList<>();
    list.forEach(r -> {
      keys.add(new Key(r.getFromKind(), r.getFromId()));
      keys.add(new Key(r.getToKind(), r.getToId()));
    });
    Map<Key, RecordRef> refs = labels.refs(keys);
    return list.stream()
        .filter(r -> refs.containsKey(new Key(r.getFromKind(), r.getFromId()))
            && refs.containsKey(new Key(r.getToKind(), r.getToId())))
        .map(r -> new RelationView(r.getId(), r.getType(), refs.get(new Key(r.getFromKind(), r.getFromId())),
            refs.get(new Key(r.getToKind(), r.getToId())), r.getFromDate(), r.getToDate(), r.getNote(),
            source(r.getSource()), r.getQuote()))
        .toList();
  }

  static SourceRef source(SourceDocument document) {
    return document == null ? null
        : new SourceRef(document.getId(), document.getRecordKey(), document.getTitle(),
            document.getOrigin(), document.getLanguage(), document.getPublishedOn(), document.getUrl());
  }

  static RoleView role(PersonRole role) {
    return new RoleView(role.getId(), RecordLabels.ref(role.getPerson()),
        RecordLabels.ref(role.getOrganisation()), role.getRoleText(), role.getFrom(), role.getTo(),
        source(role.getSource()), role.getQuote());
  }

  /** The distinct sources behind the relations and roles, in order of first use. */
  static List<SourceRef> sources(List<RelationView> views, List<RoleView> roles) {
    Map<Long, SourceRef> sources = new LinkedHashMap<>();
    views.stream().map(RelationView::source).filter(Objects::nonNull).forEach(s -> sources.putIfAbsent(s.id(), s));
    roles.stream().map(RoleView::source).filter(Objects::nonNull).forEach(s -> sources.putIfAbsent(s.id(), s));
    return List.copyOf(sources.values());
  }

  /** The other ends of relations of the given types where the record is the {@code to} end. */
  static List<RecordRef> sourcesOf(List<RelationView> views, RecordKind kind, long id,
      Predicate<RelationView> which) {
    return views.stream().filter(which)
        .filter(v -> v.to().kind() == kind && v.to().id() == id).map(RelationView::from)
        .distinct().sorted(Comparator.comparing(RecordRef::label, String.CASE_INSENSITIVE_ORDER)).toList();
  }

  /** The other ends of relations of the given types where the record is the {@code from} end. */
  static List<RecordRef> targetsOf(List<RelationView> views, RecordKind kind, long id,
      Predicate<RelationView> which) {
    return views.stream().filter(which)
        .filter(v -> v.from().kind() == kind && v.from().id() == id).map(RelationView::to)
        .distinct().sorted(Comparator.comparing(RecordRef::label, String.CASE_INSENSITIVE_ORDER)).toList();
  }

  /** "TYPE: from → to" for each relation, to list what still refers to a record. */
  static List<String> describe(List<RelationView> views) {
    return views.stream().map(v -> v.type() + ": " + v.from().label() + " → " + v.to().label()).toList();
  }

  static Predicate<RelationView> ofType(RelationType... types) {
    List<RelationType> wanted = List.of(types);
    return v -> wanted.contains(v.type());
  }
}
