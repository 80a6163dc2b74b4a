package eu.intercluster.ecosystem;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A person with the roles they hold. */
public record PersonInput(
    @NotBlank(message = "must not be blank") @Size(max = 300) String name,
    List<@NotBlank @Size(max = 300) String> aliases,
    @Size(max = 4000) String description,
    List<@Valid RoleInput> roles) {

  public PersonInput {
    aliases = aliases == null ? List.of() : aliases;
    roles = roles == null ? List.of() : roles;
  }
}
