package eu.intercluster.ecosystem;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/** A funding programme, project, strategy or initiative (PR FESR 2021-2027, IT4LIA, ...). */
public record ProgrammeInput(
    @NotBlank(message = "must not be blank") @Size(max = 300) String name,
    List<@NotBlank @Size(max = 300) String> aliases,
    @NotNull(message = "must be one of the programme kinds") ProgrammeKind kind,
    @Size(max = 4000) String description,
    Set<String> themes) {

  public ProgrammeInput {
    aliases = aliases == null ? List.of() : aliases;
    themes = themes == null ? Set.of() : themes;
  }
}
