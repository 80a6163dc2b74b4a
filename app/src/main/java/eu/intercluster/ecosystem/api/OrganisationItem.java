package eu.intercluster.ecosystem.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.intercluster.ecosystem.AgreementKind;
import eu.intercluster.ecosystem.AgreementLink;
import eu.intercluster.ecosystem.AgreementStatus;
import eu.intercluster.ecosystem.OrganisationDetails;
import eu.intercluster.ecosystem.OrganisationKind;
import eu.intercluster.ecosystem.OrganisationSummary;
import eu.intercluster.ecosystem.RecordKind;
import eu.intercluster.ecosystem.RelationType;
import eu.intercluster.ecosystem.RelationView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An organisation in a list. Always: the summary fields and {@code links}. When expanded (by
 * default for a search with {@code q}): {@code agreements} (each with its status, the
 * organisation's role and the other parties) and {@code relations} (count, count per type and
 * the path that lists them with their provenance).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "An organisation in a list; agreements and relations are present when the item is expanded "
    + "(by default when the list is a search with q)")
public record OrganisationItem(long id, String key, String name, String acronym,
    OrganisationKind kind, String country, String region, String city, List<String> themes,
    @Schema(description = "Agreements the organisation is party to or involved in; only in expanded items")
    List<AgreementItem> agreements,
    @Schema(description = "How many relations touch the organisation; only in expanded items")
    RelationCount relations,
    Links links) {

  /** An agreement of the organisation, with its status and counterparts. */
  @Schema(name = "OrganisationAgreement")
  public record AgreementItem(long id, String key, String title, AgreementKind kind,
      AgreementStatus status,
      @Schema(description = "How the organisation takes part (SIGNED, INVOLVES, ...)") RelationType role,
      List<ApiRef> counterparts,
      @Schema(example = "/api/v1/agreements/7") String path) {

    static AgreementItem of(AgreementLink link) {
      return new AgreementItem(link.agreement().id(), link.agreement().key(), link.agreement().label(),
          link.kind(), link.status(), link.role(),
          link.counterparts() == null ? List.of() : link.counterparts().stream().map(ApiRef::of).toList(),
          ApiPaths.of(link.agreement()));
    }
  }

  /** The relations touching the organisation, counted, with where to read them. */
  @Schema(name = "OrganisationRelationCount")
  public record RelationCount(int count, Map<RelationType, Integer> types,
      @Schema(example = "/api/v1/organisations/3/relations") String self) {}

  /** Where to read more. */
  @Schema(name = "OrganisationLinks")
  public record Links(@Schema(example = "/api/v1/organisations/3") String self,
      @Schema(example = "/api/v1/agreements?organisation=3") String agreements,
      @Schema(example = "/api/v1/organisations/3/relations") String relations) {

    static Links of(long id) {
      return new Links(ApiPaths.of(RecordKind.ORGANISATION, id),
          ApiPaths.BASE + "/agreements?organisation=" + id,
          ApiPaths.relationsOf(RecordKind.ORGANISATION, id));
    }
  }

  static OrganisationItem plain(OrganisationSummary s) {
    return new OrganisationItem(s.id(), s.key(), s.name(), s.acronym(), s.kind(), s.country(),
        s.region(), s.city(), s.themes(), null, null, Links.of(s.id()));
  }

  /** The summary with the agreements and relations of its details. */
  static OrganisationItem expanded(OrganisationSummary s, OrganisationDetails details) {
    List<AgreementLink> links = details.agreements() == null ? List.of() : details.agreements();
    List<RelationView> relations = details.relations() == null ? List.of() : details.relations();
    Map<RelationType, Integer> types = new TreeMap<>();
    for (RelationView relation : relations) {
      types.merge(relation.type(), 1, Integer::sum);
    }
    return new OrganisationItem(s.id(), s.key(), s.name(), s.acronym(), s.kind(), s.country(),
        s.region(), s.city(), s.themes(), links.stream().map(AgreementItem::of).toList(),
        new RelationCount(relations.size(), types, ApiPaths.relationsOf(RecordKind.ORGANISATION, s.id())),
        Links.of(s.id()));
  }
}
