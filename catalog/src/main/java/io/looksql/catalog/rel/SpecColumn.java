package io.looksql.catalog.rel;

import io.looksql.catalog.lang.FilterFamily;

/**
 * Output column of a {@link LookerQuery}: the Looker field (or custom measure) it reads and what it
 * holds.
 *
 * @param field Looker field name, or the name of a custom measure
 * @param kind what the column holds
 * @param family filter grammar for predicates on the column
 */
record SpecColumn(String field, Kind kind, FilterFamily family) {
  /** What a column holds. */
  enum Kind {
    /** A dimension's value. */
    DIMENSION,
    /** A measure not yet evaluated ({@code MEASURE<T>}): evaluated by Looker once aggregated. */
    MEASURE,
    /** A measure's value for the query's grouping (a LookML or custom measure). */
    VALUE
  }

  SpecColumn withKind(Kind k) {
    return new SpecColumn(field, k, family);
  }
}
