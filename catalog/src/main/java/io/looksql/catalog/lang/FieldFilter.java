package io.looksql.catalog.lang;

import java.math.BigDecimal;
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
public record FieldFilter(String field, FilterFamily family, List<FilterTerm> positives,
    List<FilterTerm> negatives, @Nullable FilterTerm lower, boolean lowerInclusive,
    @Nullable FilterTerm upper, boolean upperInclusive) {

  public FieldFilter {
    Objects.requireNonNull(field, "field");
    positives = List.copyOf(positives);
    negatives = List.copyOf(negatives);
  }

  /** Returns an empty filter on a field, to be combined with conjuncts. */
  public static FieldFilter empty(String field, FilterFamily family) {
    return new FieldFilter(field, family, List.of(), List.of(), null, false, null, false);
  }

  /**
   * Returns this filter AND the other, or null where one Looker expression can't say both. Two
   * OR-groups of literal values become their intersection, two bounds on one side the tighter one;
   * an empty intersection is left to the caller (no filter grammar says "nothing").
   */
  public @Nullable FieldFilter and(FieldFilter o) {
    List<FilterTerm> pos;
    if (positives.isEmpty() || o.positives.isEmpty()) {
      pos = positives.isEmpty() ? o.positives : positives;
    } else {
      pos = intersection(positives, o.positives);
      if (pos == null || pos.isEmpty()) {
        return null;
      }
    }
    Bound low = tighter(new Bound(lower, lowerInclusive), new Bound(o.lower, o.lowerInclusive), 1);
    Bound high = tighter(new Bound(upper, upperInclusive), new Bound(o.upper, o.upperInclusive),
        -1);
    if (low == null || high == null) {
      return null;
    }
    List<FilterTerm> neg = new ArrayList<>(negatives);
    neg.addAll(o.negatives);
    FieldFilter f = new FieldFilter(field, family, pos, neg, low.term, low.inclusive, high.term,
        high.inclusive).narrowed();
    return f != null && f.expressible() ? f : null;
  }

  /** A bound of a range: a term (null: none) and whether it is inclusive. */
  private record Bound(@Nullable FilterTerm term, boolean inclusive) {
  }

  /** Returns the tighter of two lower (sign 1) or upper (sign -1) bounds, or null if unknown. */
  private static @Nullable Bound tighter(Bound a, Bound b, int sign) {
    if (a.term == null || b.term == null) {
      return a.term == null ? b : a;
    }
    Integer c = compare(a.term, b.term);
    if (c == null) {
      return null;
    }
    if (c == 0) {
      return new Bound(a.term, a.inclusive && b.inclusive);
    }
    return c * sign > 0 ? a : b;
  }

  /** Returns the terms of {@code a} that {@code b} also has, or null if that is unknown. */
  private static @Nullable List<FilterTerm> intersection(List<FilterTerm> a, List<FilterTerm> b) {
    List<FilterTerm> out = new ArrayList<>();
    for (FilterTerm t : a) {
      boolean found = false;
      for (FilterTerm u : b) {
        Integer c = t.op() == FilterTerm.Op.NULL || u.op() == FilterTerm.Op.NULL
            ? (t.op() == u.op() ? Integer.valueOf(0) : Integer.valueOf(1))
            : t.op() == FilterTerm.Op.EQUALS && u.op() == FilterTerm.Op.EQUALS
                ? compare(t, u) : null;
        if (c == null) {
          return null;
        }
        found |= c == 0;
      }
      if (found) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * Returns how two literal terms' values compare, or null if they are parameters or not
   * comparable.
   */
  static @Nullable Integer compare(FilterTerm a, FilterTerm b) {
    if (a.paramIndex() >= 0 || b.paramIndex() >= 0 || a.literal() == null || b.literal() == null) {
      return null;
    }
    Object x = a.literal();
    Object y = b.literal();
    if (x instanceof BigDecimal p && y instanceof BigDecimal q) {
      return p.compareTo(q);
    }
    if (x instanceof Integer p && y instanceof Integer q) {
      return p.compareTo(q);
    }
    return x.equals(y) ? Integer.valueOf(0) : x instanceof String || x instanceof Boolean
        ? Integer.valueOf(1) : null;
  }

  /**
   * Returns a number filter with both values and a range as the values inside the range (the
   * number grammar ORs its terms), or this filter when that is not needed; null if the values
   * are not all known or none is left.
   */
  private @Nullable FieldFilter narrowed() {
    if (family != FilterFamily.NUMBER || positives.isEmpty() || lower == null && upper == null) {
      return this;
    }
    List<FilterTerm> kept = new ArrayList<>();
    for (FilterTerm t : positives) {
      if (t.op() == FilterTerm.Op.NULL) {
        continue; // NULL is in no range
      }
      Integer lo = lower == null ? Integer.valueOf(1) : compare(t, lower);
      Integer hi = upper == null ? Integer.valueOf(-1) : compare(t, upper);
      if (lo == null || hi == null) {
        return null;
      }
      if ((lo > 0 || lo == 0 && lowerInclusive) && (hi < 0 || hi == 0 && upperInclusive)) {
        kept.add(t);
      }
    }
    return kept.isEmpty() ? null
        : new FieldFilter(field, family, kept, negatives, null, false, null, false);
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

  /**
   * Returns this filter as SQL reads it once the parameters have values, or null if no row can
   * pass. A comparison with NULL is unknown, never true: such a term leaves the OR-group of
   * positives, and an unknown negated term or bound fails every row (each is ANDed), as does an
   * OR-group left empty.
   */
  public @Nullable FieldFilter bind(DataContext root) {
    if (negatives.stream().anyMatch(t -> t.comparesWithNull(root))
        || lower != null && lower.comparesWithNull(root)
        || upper != null && upper.comparesWithNull(root)) {
      return null;
    }
    List<FilterTerm> known = positives.stream().filter(t -> !t.comparesWithNull(root)).toList();
    if (known.size() == positives.size()) {
      return this;
    }
    return known.isEmpty() ? null : new FieldFilter(field, family, known, negatives, lower,
        lowerInclusive, upper, upperInclusive);
  }

  /** Returns the first term that compares with a parameter bound to NULL, or null if none. */
  public @Nullable FilterTerm nullComparison(DataContext root) {
    List<@Nullable FilterTerm> all = new ArrayList<>(positives);
    all.addAll(negatives);
    all.add(lower);
    all.add(upper);
    return all.stream().filter(t -> t != null && t.comparesWithNull(root)).findFirst()
        .orElse(null);
  }

  /** Returns the Looker filter expression, with parameters read from {@code root}. */
  public String render(DataContext root) {
    return FilterWriter.write(this, root);
  }

  @Override public String toString() {
    return field + ": +" + positives + " -" + negatives
        + (lower == null ? "" : (lowerInclusive ? " >=" : " >") + lower)
        + (upper == null ? "" : (upperInclusive ? " <=" : " <") + upper);
  }
}
