package eu.intercluster.ecosystem.api;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/** The {@code page} and {@code size} query parameters of every list, checked. */
final class Paging {

  static final int DEFAULT_SIZE = 20;
  static final int MAX_SIZE = 200;

  private Paging() {}

  /**
   * @throws BadParameterException naming {@code page} or {@code size} when out of range
   */
  static Pageable of(int page, int size) {
    if (page < 0) {
      throw new BadParameterException("page", "must be 0 or more (pages are numbered from 0), was " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new BadParameterException("size", "must be between 1 and " + MAX_SIZE + ", was " + size);
    }
    return PageRequest.of(page, size);
  }
}
