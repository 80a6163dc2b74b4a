package eu.intercluster.ecosystem;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** An activity with its organisers and participants by id; the service keeps them as relations. */
public record ActivityInput(
    @NotBlank(message = "must not be blank") @Size(max = 500) String title,
    @NotNull(message = "must be one of the activity kinds") ActivityKind kind,
    LocalDate startDate,
    LocalDate endDate,
    @Size(max = 200) String dateText,
    Long placeId,
    Long programmeId,
    Long parentId,
    @Size(max = 4000) String description,
    Set<String> themes,
    List<Long> organiserIds,
    List<Long> participantOrganisationIds,
    List<Long> participantPersonIds) {

  public ActivityInput {
    themes = themes == null ? Set.of() : themes;
    organiserIds = organiserIds == null ? List.of() : organiserIds;
    participantOrganisationIds = participantOrganisationIds == null ? List.of() : participantOrganisationIds;
    participantPersonIds = participantPersonIds == null ? List.of() : participantPersonIds;
  }

  @AssertTrue(message = "must not be before the start date")
  boolean isEndDate() {
    return startDate == null || endDate == null || !endDate.isBefore(startDate);
  }
}
