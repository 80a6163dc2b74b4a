package eu.intercluster.ecosystem;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** Finding, reading and changing organisations. */
public interface OrganisationService {

  /**
   * Organisations matching every search word (in name, acronym, aliases, city, region, country;
   * accents, case and punctuation ignored) and the filters; exact name, acronym or alias matches first.
   */
  Page<OrganisationSummary> search(OrganisationFilter filter, Pageable pageable);

  /** @throws eu.intercluster.system.NotFoundException when there is no such organisation */
  OrganisationDetails get(long id);

  /** Existing organisations whose name, acronym or an alias equals one of the given names. */
  List<RecordRef> similar(String name, String acronym, List<String> aliases, Long excludeId);

  /**
   * @param allowSimilar create even when the name or an alias matches an existing organisation
   * @throws PossibleDuplicateException when a match exists and {@code allowSimilar} is false
   * @throws eu.intercluster.system.InvalidInputException naming the field (unknown theme, ...)
   */
  OrganisationSummary create(OrganisationInput input, boolean allowSimilar);

  OrganisationSummary update(long id, OrganisationInput input);

  /**
   * @throws eu.intercluster.system.ConflictException (code {@code referenced}) listing every
   *     relation and role that still refers to the organisation; nothing is deleted
   */
  void delete(long id);

  /**
   * Moves every relation and role of {@code sourceId} to {@code targetId}, adds the source's name,
   * acronym and aliases as aliases of the target, keeps the target's own fields, then deletes the source.
   */
  OrganisationSummary merge(long sourceId, long targetId);

  /** Distinct countries and regions in use, for filters. */
  List<String> countries();

  List<String> regions();
}
