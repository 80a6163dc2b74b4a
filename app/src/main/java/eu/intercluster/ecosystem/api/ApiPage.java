package eu.intercluster.ecosystem.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/**
 * One page of a list: the items, the 0-based page number, the page size, and the totals.
 * A stable JSON shape of our own, independent of Spring Data's {@code Page} serialisation.
 */
@Schema(description = "One page of results")
public record ApiPage<T>(
    @Schema(description = "The items of this page") List<T> content,
    @Schema(description = "0-based page number", example = "0") int page,
    @Schema(description = "Page size asked for", example = "20") int size,
    @Schema(description = "Number of matching items over all pages") long totalElements,
    @Schema(description = "Number of pages") int totalPages) {

  static <T> ApiPage<T> of(Page<T> page) {
    return of(page, Function.identity());
  }

  static <S, T> ApiPage<T> of(Page<S> page, Function<? super S, ? extends T> mapper) {
    List<T> content = page.getContent().stream().<T>map(mapper).toList();
    return new ApiPage<>(content, page.getNumber(), page.getSize(), page.getTotalElements(),
        page.getTotalPages());
  }
}
