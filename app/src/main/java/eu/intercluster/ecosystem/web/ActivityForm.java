package eu.intercluster.ecosystem.web;

import eu.intercluster.ecosystem.ActivityDetails;
import eu.intercluster.ecosystem.ActivityInput;
import eu.intercluster.ecosystem.ActivityKind;
import eu.intercluster.ecosystem.RecordKind;
import eu.intercluster.ecosystem.RecordRef;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** The activity form: place, programme and parent picked from lists; organisers and participants by id. */
public record ActivityForm(
    @NotBlank(message = "{records.validation.required}") @Size(max = 500, message = "{records.validation.size}") String title,
    @NotNull(message = "{records.validation.required}") ActivityKind kind,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
    @Size(max = 200, message = "{records.validation.size}") String dateText,
    Long placeId,
    Long programmeId,
    Long parentId,
    @Size(max = 4000, message = "{records.validation.size}") String description,
    List<String> themes,
    List<Long> organiserIds,
    List<Long> participantOrganisationIds,
    List<Long> participantPersonIds) {

  public ActivityForm {
    themes = RecordFormSupport.orEmpty(themes);
    organiserIds = RecordFormSupport.orEmpty(organiserIds);
    participantOrganisationIds = RecordFormSupport.orEmpty(participantOrganisationIds);
    participantPersonIds = RecordFormSupport.orEmpty(participantPersonIds);
  }

  static ActivityForm empty() {
    return new ActivityForm(null, null, null, null, null, null, null, null, null, List.of(), List.of(),
        List.of(), List.of());
  }

  static ActivityForm of(ActivityDetails activity) {
    List<RecordRef> participants = RecordFormSupport.orEmpty(activity.participants());
    return new ActivityForm(activity.title(), activity.kind(), activity.startDate(), activity.endDate(),
        activity.dateText(), id(activity.place()), id(activity.programme()), id(activity.parent()),
        activity.description(), activity.themes(),
        RecordFormSupport.orEmpty(activity.organisers()).stream().filter(r -> r.kind() == RecordKind.ORGANISATION)
            .map(RecordRef::id).toList(),
        participants.stream().filter(r -> r.kind() == RecordKind.ORGANISATION).map(RecordRef::id).toList(),
        participants.stream().filter(r -> r.kind() == RecordKind.PERSON).map(RecordRef::id).toList());
  }

  private static Long id(RecordRef ref) {
    return ref == null ? null : ref.id();
  }

  ActivityInput toInput() {
    return new ActivityInput(title == null ? null : title.strip(), kind, startDate, endDate,
        RecordFormSupport.blankToNull(dateText), placeId, programmeId, parentId,
        RecordFormSupport.blankToNull(description), new LinkedHashSet<>(themes),
        List.copyOf(new LinkedHashSet<>(organiserIds)), List.copyOf(new LinkedHashSet<>(participantOrganisationIds)),
        List.copyOf(new LinkedHashSet<>(participantPersonIds)));
  }
}
