package eu.intercluster.documents;

import static eu.intercluster.documents.ProposalStore.ACCEPTED;

import eu.intercluster.documents.persistence.DocumentRecord;
import eu.intercluster.documents.persistence.ProposedEntityRecord;
import eu.intercluster.ecosystem.PersonService;
import eu.intercluster.ecosystem.RecordKind;
import eu.intercluster.ecosystem.RelationService;
import eu.intercluster.ecosystem.RoleView;
import eu.intercluster.ecosystem.SearchText;
import eu.intercluster.ecosystem.SourceRef;
import eu.intercluster.extraction.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Writes what the document states with the document as the source: it registers the document as a map
 * source, and writes people's stated roles once both the person and the organisation are accepted.
 */
@Component
class ProvenanceWriter {

  private final ProposalStore store;
  private final RelationService mapRelations;
  private final PersonService people;

  ProvenanceWriter(ProposalStore store, RelationService mapRelations, PersonService people) {
    this.store = store;
    this.mapRelations = mapRelations;
    this.people = people;
  }

  /** The document as a map source (registered once, under its key). */
  SourceRef source(DocumentRecord d) {
    return mapRelations.registerSource("doc-" + d.getId(), d.getTitle(), d.getLanguage(),
        ProposalDates.fullDate(d.getDocDate()), null, d.getFileName() == null ? ExtractingDocumentIntake.PASTED : d.getFileName());
  }

  /**
   * Writes the stated roles that have become complete: the accepted person's role (at the accepted
   * organisation the text ties it to), or, for an organisation, the roles of accepted people at it.
   */
  void writeRoles(DocumentRecord document, ProposedEntityRecord accepted) {
    List<ProposedEntityRecord> all = store.entitiesOf(document.getId());
    Map<String, ProposedEntityRecord> byKey = new HashMap<>();
    all.forEach(p -> byKey.put(p.getEntityKey(), p));
    List<ProposedEntityRecord> persons = new ArrayList<>();
    if (EntityType.PERSON.name().equals(accepted.getType())) {
      persons.add(accepted);
    } else if (EntityType.ORG.name().equals(accepted.getType())) {
      all.stream().filter(p -> EntityType.PERSON.name().equals(p.getType()))
          .filter(p -> accepted.getEntityKey().equals(ProposalJson.attributes(p.getAttributes()).get("org")))
          .forEach(persons::add);
    }
    List<int[]> sentences = null;
    for (ProposedEntityRecord p : persons) {
      if (!ACCEPTED.equals(p.getStatus()) || p.getLinkedId() == null || p.getWrittenRoleId() != null) {
        continue;
      }
      Map<String, Object> attrs = ProposalJson.attributes(p.getAttributes());
      String role = attrs.get("role") instanceof String s && !s.isBlank() ? BodyText.shorten(s, 1000) : null;
      String orgKey = attrs.get("org") instanceof String s ? s : null;
      Long orgId = null;
      if (orgKey != null) {
        ProposedEntityRecord org = byKey.get(orgKey);
        if (org == null || !ACCEPTED.equals(org.getStatus()) || org.getLinkedId() == null
            || !RecordKind.ORGANISATION.name().equals(org.getLinkedKind())) {
          continue;
        }
        orgId = org.getLinkedId();
      }
      if (role == null && orgId == null) {
        continue;
      }
      Long finalOrgId = orgId;
      RoleView same = people.get(p.getLinkedId()).roles().stream()
          .filter(v -> Objects.equals(v.organisation() == null ? null : v.organisation().id(), finalOrgId))
          .filter(v -> SearchText.normalise(v.role()).equals(SearchText.normalise(role)))
          .findFirst().orElse(null);
      if (same != null) {
        p.setWrittenRoleId(same.id());
        continue;
      }
      if (sentences == null) {
        sentences = BodyText.sentences(document.getBody());
      }
      String quote = BodyText.sentenceWith(document.getBody(), sentences, ProposalJson.offsets(p.getOffsets()), role);
      RoleView written = people.addRole(p.getLinkedId(), orgId, role, source(document).id(), quote);
      p.setWrittenRoleId(written.id());
    }
  }
}
