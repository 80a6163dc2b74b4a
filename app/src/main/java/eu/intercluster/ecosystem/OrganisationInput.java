package eu.intercluster.ecosystem;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/** What a user or a script gives to create or change an organisation. */
public record OrganisationInput(
    @NotBlank(message = "must not be blank") @Size(max = 300) String name,
    @Size(max = 60) String acronym,
    List<@NotBlank @Size(max = 300) String> aliases,
    @NotNull(message = "must be one of the organisation kinds") OrganisationKind kind,
    @Size(max = 120) String country,
    @Size(max = 120) String region,
    @Size(max = 120) String city,
    @Size(max = 500) @Pattern(regexp = "^$|https?://\\S+", message = "must be a web address starting with http:// or https://") String website,
    @Size(max = 4000) String description,
    Set<String> themes) {

  public OrganisationInput {
    aliases = aliases == null ? List.of() : aliases;
    themes = themes == null ? Set.of() : themes;
  }
}
