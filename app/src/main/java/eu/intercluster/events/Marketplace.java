package eu.intercluster.events;

import java.util.List;

/**
 * The marketplace of an event: validated participants' opportunities and the public catalogue of
 * validated participants who opted in. Changing opportunities is for their author only.
 */
public interface Marketplace {

  /** Validated, listed participants matching the filter, by name; public (no contact details). */
  List<CatalogueEntry> catalogue(long eventId, CatalogueFilter filter);

  /** A participant's opportunities (public for validated, listed participants; else own/organisers). */
  List<OpportunityView> opportunities(long participantId);

  /** @throws org.springframework.security.access.AccessDeniedException unless the signed-in
   *     user is this validated participant */
  OpportunityView addOpportunity(long participantId, OpportunityInput input);

  /** @throws org.springframework.security.access.AccessDeniedException unless the author */
  void deleteOpportunity(long opportunityId);

  /** Countries of the catalogue's entries, for the filter. */
  List<String> countries(long eventId);
}
