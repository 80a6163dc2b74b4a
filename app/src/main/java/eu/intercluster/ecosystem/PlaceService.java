package eu.intercluster.ecosystem;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

public interface PlaceService {

  Page<PlaceSummary> search(String q, PlaceKind kind, Pageable pageable);

  PlaceDetails get(long id);

  PlaceSummary create(PlaceInput input);

  /** @throws eu.intercluster.system.InvalidInputException when the parent would make a cycle */
  PlaceSummary update(long id, PlaceInput input);

  /** Refused with the list of references (child places, activities, agreements, relations). */
  void delete(long id);

  List<RecordRef> options();
}
