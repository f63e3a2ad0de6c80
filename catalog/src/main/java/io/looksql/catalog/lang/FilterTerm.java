package io.looksql.catalog.lang;

import java.math.BigDecimal;
import org.apache.calcite.DataContext;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One value test inside a Looker filter: equals, LIKE or IS NULL, on a literal known at prepare
 * time or a {@code ?} parameter bound at execute time.
 *
 * @param op the test
 * @param literal the value (String, BigDecimal, Boolean or Integer days since epoch), or null
 * @param paramIndex the {@code ?} parameter's index, or -1
 */
public record FilterTerm(Op op, @Nullable Object literal, int paramIndex) {
  /** Kind of value test. */
  enum Op {
    /** Equals the value. */
    EQUALS,
    /** Matches a SQL LIKE pattern. */
    LIKE,
    /** Is NULL. */
    NULL
  }

  static FilterTerm isNull() {
    return new FilterTerm(Op.NULL, null, -1);
  }

  /** Returns the value, reading a parameter from the data context. */
  @Nullable Object value(DataContext root) {
    if (paramIndex < 0) {
      return literal;
    }
    Object v = root.get("?" + paramIndex);
    return v instanceof Number n && !(v instanceof BigDecimal)
        ? new BigDecimal(n.toString()) : v;
  }

  /** Returns the value, which {@link FieldFilter#bind} has made sure is not NULL. */
  Object required(DataContext root) {
    Object v = value(root);
    if (v == null) {
      throw new IllegalStateException("NULL in filter term " + this + " of an unbound filter");
    }
    return v;
  }

  /** Returns whether this term compares with a parameter bound to NULL (which SQL never holds). */
  boolean comparesWithNull(DataContext root) {
    return paramIndex >= 0 && root.get("?" + paramIndex) == null;
  }

  @Override public String toString() {
    String v = paramIndex >= 0 ? "?" + paramIndex : String.valueOf(literal);
    return op == Op.NULL ? "NULL" : op == Op.LIKE ? "LIKE " + v : v;
  }
}
