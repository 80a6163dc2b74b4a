package eu.intercluster.ecosystem;

import eu.intercluster.ecosystem.persistence.MapRecordEntity;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** Search specifications shared by every kind of record: words in the search key, best match first. */
final class RecordSearch {

  private RecordSearch() {}

  /**
   * Records whose search key contains every word of {@code q}; ordered by whether the label
   * ({@code labelField}) equals the query, then starts with it, then alphabetically.
   */
  static <T extends MapRecordEntity> Specification<T> matching(String q, String labelField) {
    List<String> terms = SearchText.terms(q);
    String whole = SearchText.normalise(q);
    return (root, query, cb) -> {
      List<Predicate> predicates = new ArrayList<>();
      for (String term : terms) {
        predicates.add(cb.like(root.get("searchText"), "%" + escape(term) + "%", '\\'));
      }
      if (query != null && !Long.class.equals(query.getResultType()) && !long.class.equals(query.getResultType())) {
        if (whole.isEmpty()) {
          query.orderBy(cb.asc(cb.lower(root.get(labelField))));
        } else {
          query.orderBy(cb.asc(rank(root, cb, labelField, whole)), cb.asc(cb.lower(root.get(labelField))));
        }
      }
      return cb.and(predicates.toArray(Predicate[]::new));
    };
  }

  private static Expression<Integer> rank(Root<?> root, CriteriaBuilder cb, String labelField, String whole) {
    Expression<String> label = cb.lower(root.get(labelField));
    Expression<String> key = root.get("searchText");
    return cb.<Integer>selectCase()
        .when(cb.equal(label, whole), 0)
        .when(cb.like(key, "% | " + escape(whole) + " |%", '\\'), 1)
        .when(cb.like(key, "% | " + escape(whole), '\\'), 1)
        .when(cb.like(key, escape(whole) + "%", '\\'), 2)
        .otherwise(3);
  }

  /** Equality ignoring case, for filters such as country and region. */
  static <T> Specification<T> equalsIgnoreCase(String field, String value) {
    return (root, query, cb) -> value == null || value.isBlank() ? null
        : cb.equal(cb.lower(root.get(field)), value.strip().toLowerCase(java.util.Locale.ROOT));
  }

  static <T> Specification<T> equalTo(String field, Object value) {
    return (root, query, cb) -> value == null ? null : cb.equal(root.get(field), value);
  }

  static <T> Specification<T> hasTheme(String theme) {
    return (root, query, cb) -> theme == null || theme.isBlank() ? null
        : cb.isMember(theme, root.get("themes"));
  }

  static String escape(String term) {
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
