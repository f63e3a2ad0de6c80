package io.looksql.catalog.rel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.calcite.DataContext;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The Looker filter on one field, as an AND of: one OR-group of positive terms, negated terms and
 * a range. Written out as a Looker filter expression at execute time, when {@code ?} parameters
 * have values.
 *
 * @param field Looker field name
 * @param family filter grammar of the field
 * @param positives terms of which one must hold (empty: no such condition)
 * @param negatives terms none of which may hold
 * @param lower lower bound, or null
 * @param lowerInclusive whether the lower bound is inclusive
 * @param upper upper bound, or null
 * @param upperInclusive whether the upper bound is inclusive
 */
record FieldFilter(String field, FilterFamily family, List<FilterTerm> positives,
    List<FilterTerm> negatives, @Nullable FilterTerm lower, boolean lowerInclusive,
    @Nullable FilterTerm upper, boolean upperInclusive) {

  FieldFilter {
    Objects.requireNonNull(field, "field");
    positives = List.copyOf(positives);
    negatives = List.copyOf(negatives);
  }

  /** Returns an empty filter on a field, to be combined with conjuncts. */
  static FieldFilter empty(String field, FilterFamily family) {
    return new FieldFilter(field, family, List.of(), List.of(), null, false, null, false);
  }

  /** Returns this filter AND the other, or null where one Looker expression can't say both. */
  @Nullable FieldFilter and(FieldFilter o) {
    if (!positives.isEmpty() && !o.positives.isEmpty()) {
      return null;
    }
    if (lower != null && o.lower != null || upper != null && o.upper != null) {
      return null;
    }
    List<FilterTerm> neg = new ArrayList<>(negatives);
    neg.addAll(o.negatives);
    FieldFilter f = new FieldFilter(field, family,
        positives.isEmpty() ? o.positives : positives, neg,
        lower != null ? lower : o.lower, lower != null ? lowerInclusive : o.lowerInclusive,
        upper != null ? upper : o.upper, upper != null ? upperInclusive : o.upperInclusive);
    return f.expressible() ? f : null;
  }

  /** Returns whether the field's grammar can write this combination in one expression. */
  boolean expressible() {
    boolean range = lower != null || upper != null;
    switch (family) {
    case STRING:
      return !range;
    case NUMBER:
      return !(range && !positives.isEmpty());
    case DATE:
    case YEAR:
      // Written as the set of days (years) the conjuncts allow: any combination can be said.
      return positives.stream().allMatch(t -> t.op() != FilterTerm.Op.LIKE)
          && (family == FilterFamily.DATE || DateTerms.writableYears(this));
    case YESNO:
      return !range && negatives.isEmpty() && positives.size() <= 1;
    default:
      return false;
    }
  }

  /** Returns the Looker filter expression, with parameters read from {@code root}. */
  String render(DataContext root) {
    return FilterWriter.write(this, root);
  }

  @Override public String toString() {
    return field + ": +" + positives + " -" + negatives
        + (lower == null ? "" : (lowerInclusive ? " >=" : " >") + lower)
        + (upper == null ? "" : (upperInclusive ? " <=" : " <") + upper);
  }
}
