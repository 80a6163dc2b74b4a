package eu.intercluster.ecosystem;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

public interface AgreementService {

  /** {@code organisationId} keeps agreements where it is a party or involved. */
  Page<AgreementSummary> search(String q, AgreementStatus status, String theme, Long organisationId,
      Pageable pageable);

  AgreementDetails get(long id);

  AgreementSummary create(AgreementInput input);

  /** Parties, signatories and involved organisations are synchronised as relations. */
  AgreementSummary update(long id, AgreementInput input);

  /** Deletes the agreement and the relations that hang on it. */
  void delete(long id);

  List<RecordRef> options();
}
