package eu.intercluster.documents;

import eu.intercluster.ecosystem.RecordKind;
import eu.intercluster.ecosystem.RecordRef;
import java.util.List;
import java.util.Map;

/**
 * A proposed entity as reviewed: what the extractor found, the record it was accepted as (if any),
 * the ranked link candidates and what a new record would be prefilled with.
 *
 * @param targetKind the kind of map record it can become; null for THEME (a theme code instead)
 * @param subkinds the kinds a new record of {@code targetKind} can have (enum names), with {@code suggestedSubkind} preselected
 */
public record EntityProposal(long id, String key, String type, String text, List<String> mentions,
    Map<String, String> attributes, String externalId, ProposalStatus status, RecordRef linked, String themeCode,
    List<Candidate> candidates, RecordKind targetKind, String suggestedSubkind, List<String> subkinds) {

  /** The simple name of the enum of {@code subkinds} ({@code OrganisationKind}, ...), for message keys; null if none. */
  public String subkindEnum() {
    if (targetKind == null) {
      return null;
    }
    return switch (targetKind) {
      case ORGANISATION -> "OrganisationKind";
      case PLACE -> "PlaceKind";
      case PROGRAMME -> "ProgrammeKind";
      case AGREEMENT -> "AgreementKind";
      case ACTIVITY -> "ActivityKind";
      case PERSON -> null;
    };
  }

  public boolean isPending() {
    return status == ProposalStatus.PENDING;
  }

  public boolean isAccepted() {
    return status == ProposalStatus.ACCEPTED;
  }

  public boolean isRejected() {
    return status == ProposalStatus.REJECTED;
  }
}
