package eu.intercluster.ecosystem;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** People and their roles at organisations. */
public interface PersonService {

  Page<PersonSummary> search(String q, Pageable pageable);

  PersonDetails get(long id);

  PersonSummary create(PersonInput input);

  /** Replaces the person's fields and roles (roles keep their provenance when unchanged). */
  PersonSummary update(long id, PersonInput input);

  /** Deletes the person with their roles; refused with the list when relations still refer to them. */
  void delete(long id);

  /** Adds one role with its provenance (source document and quoted sentence), keeping the others. */
  RoleView addRole(long personId, Long organisationId, String role, Long sourceId, String quote);

  /** All people as refs, for pickers. */
  List<RecordRef> options();
}
