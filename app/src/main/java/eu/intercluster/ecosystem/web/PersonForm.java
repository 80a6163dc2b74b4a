package eu.intercluster.ecosystem.web;

import eu.intercluster.ecosystem.PersonDetails;
import eu.intercluster.ecosystem.PersonInput;
import eu.intercluster.ecosystem.RoleInput;
import eu.intercluster.ecosystem.RoleView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** The person form: aliases in one field, roles as repeated rows (blank rows are ignored). */
public record PersonForm(
    @NotBlank(message = "{records.validation.required}") @Size(max = 300, message = "{records.validation.size}") String name,
    @Size(max = 4000, message = "{records.validation.size}") String aliases,
    @Size(max = 4000, message = "{records.validation.size}") String description,
    List<@Valid Role> roles) {

  public PersonForm {
    roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
  }

  /** One role row: organisation (or none), the role as written, dates. */
  public record Role(Long organisationId,
      @Size(max = 1000, message = "{records.validation.size}") String role,
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    static Role empty() {
      return new Role(null, null, null, null);
    }

    boolean isBlank() {
      return organisationId == null && (role == null || role.isBlank()) && from == null && to == null;
    }
  }

  static PersonForm empty() {
    return new PersonForm(null, null, null, List.of(Role.empty()));
  }

  static PersonForm of(PersonDetails person) {
    List<Role> roles = new ArrayList<>();
    for (RoleView role : RecordFormSupport.orEmpty(person.roles())) {
      roles.add(new Role(role.organisation() == null ? null : role.organisation().id(), role.role(),
          role.from(), role.to()));
    }
    roles.add(Role.empty());
    return new PersonForm(person.name(), RecordFormSupport.joinAliases(person.aliases()),
        person.description(), roles);
  }

  /** The same form with one more empty role row. */
  PersonForm withEmptyRole() {
    List<Role> more = new ArrayList<>(roles);
    more.add(Role.empty());
    return new PersonForm(name, aliases, description, more);
  }

  /** The form row of each role sent to the service (blank rows are not sent). */
  List<Integer> filledRoleRows() {
    List<Integer> rows = new ArrayList<>();
    for (int i = 0; i < roles.size(); i++) {
      if (roles.get(i) != null && !roles.get(i).isBlank()) {
        rows.add(i);
      }
    }
    return rows;
  }

  PersonInput toInput() {
    List<RoleInput> inputs = roles.stream().filter(r -> r != null && !r.isBlank())
        .map(r -> new RoleInput(r.organisationId(), RecordFormSupport.blankToNull(r.role()), r.from(), r.to()))
        .toList();
    return new PersonInput(name == null ? null : name.strip(), RecordFormSupport.splitAliases(aliases),
        RecordFormSupport.blankToNull(description), inputs);
  }
}
