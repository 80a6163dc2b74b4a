package eu.intercluster.ecosystem;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A place: a country, region, city, venue or an infrastructure such as a supercomputer. */
public record PlaceInput(
    @NotBlank(message = "must not be blank") @Size(max = 300) String name,
    List<@NotBlank @Size(max = 300) String> aliases,
    @NotNull(message = "must be one of the place kinds") PlaceKind kind,
    Long parentId,
    @Size(max = 120) String country,
    @Size(max = 4000) String description) {

  public PlaceInput {
    aliases = aliases == null ? List.of() : aliases;
  }
}
