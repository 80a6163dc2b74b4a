package eu.intercluster.ecosystem;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An agreement with its parties (organisations that sign), signatories (people) and involved
 * organisations, given by id; the service keeps them as relations.
 */
public record AgreementInput(
    @NotBlank(message = "must not be blank") @Size(max = 500) String title,
    @NotNull(message = "must be one of the agreement kinds") AgreementKind kind,
    @NotNull(message = "must be one of the agreement statuses") AgreementStatus status,
    LocalDate signedOn,
    Long signingPlaceId,
    @Size(max = 120) String duration,
    LocalDate expiresOn,
    @Size(max = 4000) String description,
    Set<String> themes,
    List<Long> partyIds,
    List<Long> signatoryIds,
    List<Long> involvedIds) {

  public AgreementInput {
    themes = themes == null ? Set.of() : themes;
    partyIds = partyIds == null ? List.of() : partyIds;
    signatoryIds = signatoryIds == null ? List.of() : signatoryIds;
    involvedIds = involvedIds == null ? List.of() : involvedIds;
  }

  @AssertTrue(message = "must not be before the signing date")
  boolean isExpiresOn() {
    return signedOn == null || expiresOn == null || !expiresOn.isBefore(signedOn);
  }
}
