package io.looksql.emulator.filter;

import io.looksql.emulator.sql.SqlFragment;
import java.util.ArrayList;
import java.util.List;

/** Compiles date filters into half-open range tests on the column; terms are ORed. */
final class DateFilter {
  private DateFilter() {
  }

  /** Returns the SQL condition for a non-blank date filter expression. */
  static SqlFragment compile(String expression, String column, FilterContext context) {
    List<SqlFragment> terms = new ArrayList<>();
    for (DateCondition condition : DateParser.parse(expression, context)) {
      terms.add(sql(condition, column));
    }
    return Conditions.or(terms);
  }

  private static SqlFragment sql(DateCondition condition, String c) {
    if (condition instanceof DateCondition.NullTest test) {
      return Conditions.leaf(c + (test.isNull() ? " IS NULL" : " IS NOT NULL"));
    }
    DateCondition.Between range = (DateCondition.Between) condition;
    if (range.start() == null) {
      return Conditions.leaf(c + " < ?", range.end());
    }
    if (range.end() == null) {
      return Conditions.leaf(c + " >= ?", range.start());
    }
    return Conditions.leaf(c + " >= ? AND " + c + " < ?", range.start(), range.end());
  }
}
