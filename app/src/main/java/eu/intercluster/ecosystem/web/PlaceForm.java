package eu.intercluster.ecosystem.web;

import eu.intercluster.ecosystem.PlaceDetails;
import eu.intercluster.ecosystem.PlaceInput;
import eu.intercluster.ecosystem.PlaceKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The place form: aliases in one field, the parent place picked from a list. */
public record PlaceForm(
    @NotBlank(message = "{records.validation.required}") @Size(max = 300, message = "{records.validation.size}") String name,
    @Size(max = 4000, message = "{records.validation.size}") String aliases,
    @NotNull(message = "{records.validation.required}") PlaceKind kind,
    Long parentId,
    @Size(max = 120, message = "{records.validation.size}") String country,
    @Size(max = 4000, message = "{records.validation.size}") String description) {

  static PlaceForm empty() {
    return new PlaceForm(null, null, null, null, null, null);
  }

  static PlaceForm of(PlaceDetails place) {
    return new PlaceForm(place.name(), RecordFormSupport.joinAliases(place.aliases()), place.kind(),
        place.parent() == null ? null : place.parent().id(), place.country(), place.description());
  }

  PlaceInput toInput() {
    return new PlaceInput(name == null ? null : name.strip(), RecordFormSupport.splitAliases(aliases), kind,
        parentId, RecordFormSupport.blankToNull(country), RecordFormSupport.blankToNull(description));
  }
}
