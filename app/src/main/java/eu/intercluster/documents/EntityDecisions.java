package eu.intercluster.documents;

import static eu.intercluster.documents.ProposalStore.ACCEPTED;
import static eu.intercluster.documents.ProposalStore.PENDING;
import static eu.intercluster.documents.ProposalStore.REJECTED;

import eu.intercluster.documents.persistence.DocumentRecord;
import eu.intercluster.documents.persistence.ProposedEntityRecord;
import eu.intercluster.documents.persistence.ProposedRelationRecord;
import eu.intercluster.ecosystem.MapNames;
import eu.intercluster.ecosystem.RecordKind;
import eu.intercluster.ecosystem.RecordRef;
import eu.intercluster.ecosystem.ThemeCatalogue;
import eu.intercluster.extraction.EntityType;
import eu.intercluster.system.ConflictException;
import eu.intercluster.system.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The reviewer's decisions on proposed entities: link to an existing record, create a new one, accept a
 * theme code, or reject. Runs inside the caller's transaction.
 */
@Component
class EntityDecisions {

  private final ProposalStore store;
  private final MapNames mapNames;
  private final NewMapRecords newRecords;
  private final ProvenanceWriter provenance;
  private final ThemeCatalogue themes;

  EntityDecisions(ProposalStore store, MapNames mapNames, NewMapRecords newRecords, ProvenanceWriter provenance,
      ThemeCatalogue themes) {
    this.store = store;
    this.mapNames = mapNames;
    this.newRecords = newRecords;
    this.provenance = provenance;
    this.themes = themes;
  }

  RecordRef link(long documentId, long entityId, RecordKind kind, long recordId) {
    DocumentRecord document = store.requireDocument(documentId);
    ProposedEntityRecord e = store.requireEntity(documentId, entityId);
    RecordKind target = Kinds.recordKind(EntityType.valueOf(e.getType()));
    if (target == null) {
      throw new InvalidInputException("kind", "a theme is accepted as a theme code, not linked to a record");
    }
    if (kind != target) {
      throw new InvalidInputException("kind", "a " + e.getType() + " entity can only be linked to a "
          + target.name().toLowerCase() + ", not a " + (kind == null ? "null" : kind.name().toLowerCase()));
    }
    RecordRef ref = ReviewView.knownRef(mapNames.all(), kind, recordId)
        .orElseThrow(() -> new InvalidInputException("recordId", "no " + kind.name().toLowerCase() + " with id " + recordId));
    if (ACCEPTED.equals(e.getStatus()) && kind.name().equals(e.getLinkedKind())
        && Objects.equals(e.getLinkedId(), recordId)) {
      return ref;
    }
    requireNothingWritten(e);
    accept(document, e, kind, recordId);
    return ref;
  }

  RecordRef create(long documentId, long entityId, NewRecord input, boolean allowSimilar) {
    DocumentRecord document = store.requireDocument(documentId);
    ProposedEntityRecord e = store.requireEntity(documentId, entityId);
    RecordKind target = Kinds.recordKind(EntityType.valueOf(e.getType()));
    if (target == null) {
      throw new InvalidInputException("kind", "a theme is accepted as a theme code, not created as a record");
    }
    if (ACCEPTED.equals(e.getStatus()) && e.getLinkedId() != null) {
      return new RecordRef(RecordKind.valueOf(e.getLinkedKind()), e.getLinkedId(), null, e.getSurface());
    }
    requireNothingWritten(e);
    RecordRef created = newRecords.create(target, e, input, allowSimilar);
    accept(document, e, target, created.id());
    return created;
  }

  void acceptTheme(long documentId, long entityId, String themeCode) {
    DocumentRecord document = store.requireDocument(documentId);
    ProposedEntityRecord e = store.requireEntity(documentId, entityId);
    if (!EntityType.THEME.name().equals(e.getType())) {
      throw new InvalidInputException("themeCode", "only a THEME entity is accepted as a theme code");
    }
    String code = themeCode == null || themeCode.isBlank()
        ? (String) ProposalJson.attributes(e.getAttributes()).get("norm") : themeCode.strip();
    if (code == null || !themes.exists(code)) {
      throw new InvalidInputException("themeCode", "not a theme of the vocabulary: " + code);
    }
    if (ACCEPTED.equals(e.getStatus()) && code.equals(e.getThemeCode())) {
      return;
    }
    e.setThemeCode(code);
    ProposalStore.decide(e, ACCEPTED);
    store.refreshStatus(document);
  }

  void reject(long documentId, long entityId) {
    DocumentRecord document = store.requireDocument(documentId);
    ProposedEntityRecord e = store.requireEntity(documentId, entityId);
    if (REJECTED.equals(e.getStatus())) {
      return;
    }
    requireNothingWritten(e);
    e.link(null, null);
    e.setThemeCode(null);
    ProposalStore.decide(e, REJECTED);
    for (ProposedRelationRecord r : store.relationsOf(documentId)) {
      if (PENDING.equals(r.getStatus()) && ProposalStore.touches(r, e.getEntityKey())) {
        ProposalStore.decide(r, REJECTED);
      }
    }
    store.refreshStatus(document);
  }

  /** Accepts the entity as the record, writes the roles that became complete and updates the document. */
  private void accept(DocumentRecord document, ProposedEntityRecord e, RecordKind kind, long recordId) {
    e.link(kind.name(), recordId);
    ProposalStore.decide(e, ACCEPTED);
    provenance.writeRoles(document, e);
    store.refreshStatus(document);
  }

  /** Refuses to change an entity whose link already carries facts on the map. */
  private void requireNothingWritten(ProposedEntityRecord e) {
    List<String> written = new ArrayList<>();
    if (e.getWrittenRoleId() != null) {
      written.add("role " + e.getWrittenRoleId());
    }
    for (ProposedRelationRecord r : store.relationsOf(e.getDocumentId())) {
      if (r.getWrittenRelationId() != null && ProposalStore.touches(r, e.getEntityKey())) {
        written.add(r.getType() + " (relation " + r.getWrittenRelationId() + ")");
      }
    }
    for (ProposedEntityRecord p : store.entitiesOf(e.getDocumentId())) {
      if (p.getWrittenRoleId() != null && e.getEntityKey().equals(ProposalJson.attributes(p.getAttributes()).get("org"))) {
        written.add("role of " + p.getSurface());
      }
    }
    if (!written.isEmpty()) {
      throw new ConflictException("written", "\"" + e.getSurface()
          + "\" was already accepted and facts were written to the map with it: " + String.join(", ", written), written);
    }
  }
}
