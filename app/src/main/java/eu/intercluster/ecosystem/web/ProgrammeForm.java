package eu.intercluster.ecosystem.web;

import eu.intercluster.ecosystem.ProgrammeDetails;
import eu.intercluster.ecosystem.ProgrammeInput;
import eu.intercluster.ecosystem.ProgrammeKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.List;

/** The programme form: aliases in one field, themes as checkboxes. */
public record ProgrammeForm(
    @NotBlank(message = "{records.validation.required}") @Size(max = 300, message = "{records.validation.size}") String name,
    @Size(max = 4000, message = "{records.validation.size}") String aliases,
    @NotNull(message = "{records.validation.required}") ProgrammeKind kind,
    @Size(max = 4000, message = "{records.validation.size}") String description,
    List<String> themes) {

  public ProgrammeForm {
    themes = RecordFormSupport.orEmpty(themes);
  }

  static ProgrammeForm empty() {
    return new ProgrammeForm(null, null, null, null, List.of());
  }

  static ProgrammeForm of(ProgrammeDetails programme) {
    return new ProgrammeForm(programme.name(), RecordFormSupport.joinAliases(programme.aliases()),
        programme.kind(), programme.description(), programme.themes());
  }

  ProgrammeInput toInput() {
    return new ProgrammeInput(name == null ? null : name.strip(), RecordFormSupport.splitAliases(aliases), kind,
        RecordFormSupport.blankToNull(description), new LinkedHashSet<>(themes));
  }
}
