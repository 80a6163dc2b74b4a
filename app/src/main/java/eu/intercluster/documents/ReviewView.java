package eu.intercluster.documents;

import static eu.intercluster.documents.ProposalStore.ACCEPTED;

import eu.intercluster.documents.persistence.DocumentRecord;
import eu.intercluster.documents.persistence.DocumentRepository;
import eu.intercluster.documents.persistence.ProposedEntityRecord;
import eu.intercluster.documents.persistence.ProposedEntityRepository;
import eu.intercluster.documents.persistence.ProposedRelationRecord;
import eu.intercluster.documents.persistence.ProposedRelationRepository;
import eu.intercluster.ecosystem.KnownRecord;
import eu.intercluster.ecosystem.MapNames;
import eu.intercluster.ecosystem.RecordKind;
import eu.intercluster.ecosystem.RecordRef;
import eu.intercluster.extraction.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Builds what the reviewer sees: the list of documents with their counts, and one document's review. */
@Component
class ReviewView {

  private final DocumentRepository documents;
  private final ProposedEntityRepository entities;
  private final ProposedRelationRepository relations;
  private final ProposalStore store;
  private final MapNames mapNames;

  ReviewView(DocumentRepository documents, ProposedEntityRepository entities, ProposedRelationRepository relations,
      ProposalStore store, MapNames mapNames) {
    this.documents = documents;
    this.entities = entities;
    this.relations = relations;
    this.store = store;
    this.mapNames = mapNames;
  }

  List<DocumentSummary> documents() {
    Map<Long, long[]> counts = new HashMap<>();
    for (List<Object[]> rows : List.of(entities.countByDocumentAndStatus(), relations.countByDocumentAndStatus())) {
      for (Object[] row : rows) {
        long[] c = counts.computeIfAbsent((Long) row[0], id -> new long[3]);
        c[ProposalStatus.valueOf((String) row[1]).ordinal()] += ((Number) row[2]).longValue();
      }
    }
    return documents.findAllByOrderByCreatedAtDescIdDesc().stream()
        .map(d -> summary(d, counts.getOrDefault(d.getId(), new long[3])))
        .toList();
  }

  private static DocumentSummary summary(DocumentRecord d, long[] c) {
    return new DocumentSummary(d.getId(), d.getTitle(), d.getFileName(), d.getLanguage(), d.getDocDate(),
        d.getUploadedBy(), d.getCreatedAt(), c[0], c[1], c[2], d.getStatus());
  }

  DocumentReview review(long documentId) {
    DocumentRecord document = store.requireDocument(documentId);
    List<ProposedEntityRecord> ents = store.entitiesOf(documentId);
    List<ProposedRelationRecord> rels = store.relationsOf(documentId);
    List<KnownRecord> known = mapNames.all();
    Map<String, String> surfaces = new HashMap<>();
    ents.forEach(e -> surfaces.put(e.getEntityKey(), e.getSurface()));
    List<EntityProposal> proposals = ents.stream().map(e -> proposal(e, known, surfaces)).toList();
    Map<String, EntityProposal> byKey = new HashMap<>();
    proposals.forEach(p -> byKey.put(p.key(), p));
    List<RelationProposal> relationProposals = rels.stream().map(r -> relationProposal(r, byKey)).toList();
    long[] counts = new long[3];
    proposals.forEach(p -> counts[p.status().ordinal()]++);
    relationProposals.forEach(r -> counts[r.status().ordinal()]++);
    return new DocumentReview(summary(document, counts), segments(document.getBody(), ents), proposals,
        relationProposals);
  }

  /** The map record of the kind with the id among the known ones. */
  static Optional<RecordRef> knownRef(List<KnownRecord> known, RecordKind kind, long id) {
    return known.stream().map(KnownRecord::ref).filter(r -> r.kind() == kind && r.id() == id).findFirst();
  }

  private EntityProposal proposal(ProposedEntityRecord e, List<KnownRecord> known, Map<String, String> surfaces) {
    EntityType type = EntityType.valueOf(e.getType());
    RecordKind target = Kinds.recordKind(type);
    List<String> mentions = ProposalJson.mentions(e.getMentions());
    Map<String, Object> raw = ProposalJson.attributes(e.getAttributes());
    Map<String, String> shown = new LinkedHashMap<>();
    raw.forEach((name, value) -> {
      if (value == null) {
        return;
      }
      if (value instanceof Map<?, ?> date) {
        Object text = date.get("text");
        Object iso = date.get("iso");
        shown.put(name, iso == null ? String.valueOf(text) : text + " (" + iso + ")");
      } else if ("org".equals(name)) {
        shown.put(name, surfaces.getOrDefault(String.valueOf(value), String.valueOf(value)));
      } else {
        shown.put(name, String.valueOf(value));
      }
    });
    RecordRef linked = null;
    if (e.getLinkedKind() != null && e.getLinkedId() != null) {
      RecordKind kind = RecordKind.valueOf(e.getLinkedKind());
      linked = knownRef(known, kind, e.getLinkedId())
          .orElse(new RecordRef(kind, e.getLinkedId(), null, e.getSurface()));
    }
    List<Candidate> candidates = List.of();
    if (!ACCEPTED.equals(e.getStatus()) && target != null) {
      List<String> names = new ArrayList<>();
      names.add(e.getSurface());
      names.addAll(mentions);
      candidates = CandidateRanker.rank(target, names, e.getExternalId(), known);
    }
    String themeCode = e.getThemeCode() != null ? e.getThemeCode()
        : type == EntityType.THEME ? (String) raw.get("norm") : null;
    return new EntityProposal(e.getId(), e.getEntityKey(), e.getType(), e.getSurface(), mentions, shown,
        e.getExternalId(), ProposalStatus.valueOf(e.getStatus()), linked, themeCode, candidates, target,
        Kinds.suggestedSubkindFor(type, raw, e.getSurface()), Kinds.subkinds(target));
  }

  private static RelationProposal relationProposal(ProposedRelationRecord r, Map<String, EntityProposal> byKey) {
    EntityProposal from = byKey.get(r.getArg0());
    EntityProposal to = byKey.get(r.getArg1());
    boolean writable = RelationDecisions.isMapType(r.getType());
    boolean ready = from != null && to != null && from.status() == ProposalStatus.ACCEPTED
        && to.status() == ProposalStatus.ACCEPTED
        && (writable ? from.linked() != null && to.linked() != null : from.linked() != null);
    return new RelationProposal(r.getId(), r.getType(), from, to, r.getNote(), r.getQuote(),
        ProposalStatus.valueOf(r.getStatus()), r.getWrittenRelationId(), ready, writable);
  }

  /** The body cut at entity occurrences; overlapping occurrences keep the earlier (longer on ties) one. */
  static List<TextSegment> segments(String body, List<ProposedEntityRecord> ents) {
    record Occ(int start, int end, ProposedEntityRecord entity) {}
    List<Occ> occs = new ArrayList<>();
    for (ProposedEntityRecord e : ents) {
      for (int[] o : ProposalJson.offsets(e.getOffsets())) {
        if (o[0] >= 0 && o[1] <= body.length() && o[0] < o[1]) {
          occs.add(new Occ(o[0], o[1], e));
        }
      }
    }
    occs.sort(Comparator.comparingInt(Occ::start).thenComparing(Comparator.comparingInt(Occ::end).reversed()));
    List<TextSegment> out = new ArrayList<>();
    int at = 0;
    for (Occ o : occs) {
      if (o.start() < at) {
        continue;
      }
      if (o.start() > at) {
        out.add(new TextSegment(body.substring(at, o.start()), null, null, null));
      }
      out.add(new TextSegment(body.substring(o.start(), o.end()), o.entity().getType(), o.entity().getEntityKey(),
          ProposalStatus.valueOf(o.entity().getStatus())));
      at = o.end();
    }
    if (at < body.length()) {
      out.add(new TextSegment(body.substring(at), null, null, null));
    }
    return out;
  }
}
