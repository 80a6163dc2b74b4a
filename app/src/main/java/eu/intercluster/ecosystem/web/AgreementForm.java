package eu.intercluster.ecosystem.web;

import eu.intercluster.ecosystem.AgreementDetails;
import eu.intercluster.ecosystem.AgreementInput;
import eu.intercluster.ecosystem.AgreementKind;
import eu.intercluster.ecosystem.AgreementStatus;
import eu.intercluster.ecosystem.RecordRef;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** The agreement form: parties and involved organisations, signatories (people) picked by id. */
public record AgreementForm(
    @NotBlank(message = "{records.validation.required}") @Size(max = 500, message = "{records.validation.size}") String title,
    @NotNull(message = "{records.validation.required}") AgreementKind kind,
    @NotNull(message = "{records.validation.required}") AgreementStatus status,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn,
    Long signingPlaceId,
    @Size(max = 120, message = "{records.validation.size}") String duration,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
    @Size(max = 4000, message = "{records.validation.size}") String description,
    List<String> themes,
    List<Long> partyIds,
    List<Long> signatoryIds,
    List<Long> involvedIds) {

  public AgreementForm {
    themes = RecordFormSupport.orEmpty(themes);
    partyIds = RecordFormSupport.orEmpty(partyIds);
    signatoryIds = RecordFormSupport.orEmpty(signatoryIds);
    involvedIds = RecordFormSupport.orEmpty(involvedIds);
  }

  static AgreementForm empty() {
    return new AgreementForm(null, null, AgreementStatus.SIGNED, null, null, null, null, null, List.of(),
        List.of(), List.of(), List.of());
  }

  static AgreementForm of(AgreementDetails agreement) {
    return new AgreementForm(agreement.title(), agreement.kind(), agreement.status(), agreement.signedOn(),
        agreement.signingPlace() == null ? null : agreement.signingPlace().id(), agreement.duration(),
        agreement.expiresOn(), agreement.description(), agreement.themes(), ids(agreement.parties()),
        ids(agreement.signatories()), ids(agreement.involved()));
  }

  private static List<Long> ids(List<RecordRef> refs) {
    return RecordFormSupport.orEmpty(refs).stream().map(RecordRef::id).toList();
  }

  AgreementInput toInput() {
    return new AgreementInput(title == null ? null : title.strip(), kind, status, signedOn, signingPlaceId,
        RecordFormSupport.blankToNull(duration), expiresOn, RecordFormSupport.blankToNull(description),
        new LinkedHashSet<>(themes), List.copyOf(new LinkedHashSet<>(partyIds)),
        List.copyOf(new LinkedHashSet<>(signatoryIds)), List.copyOf(new LinkedHashSet<>(involvedIds)));
  }
}
