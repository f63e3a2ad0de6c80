package io.looksql.catalog.lang;

import org.apache.calcite.sql.type.SqlTypeName;

/** Filter grammar of a Looker field, which decides how a predicate on it is written. */
public enum FilterFamily {
  /** String grammar: {@code a,b}, {@code -a}, {@code a%}, {@code NULL}. */
  STRING,
  /** Number grammar: {@code 5}, {@code >=1 AND <10}, {@code NOT 5}, {@code NULL}. */
  NUMBER,
  /** Date grammar, for day-grained dates: {@code 2024/01/31}, {@code after …}, {@code … to …}. */
  DATE,
  /**
   * Date grammar, for year timeframes (SQL {@code INTEGER}): Looker filters a year with the date
   * grammar ({@code 2020}, {@code 2020/01/01 to 2023/01/01}), not the number grammar.
   */
  YEAR,
  /** Yes/no grammar. */
  YESNO,
  /** No grammar the translator writes (e.g. tiers, timestamps, weeks, months): stays in Calcite. */
  NONE;

  /** Returns whether values are numbers (custom sums and averages can be based on them). */
  public boolean numeric() {
    return this == NUMBER || this == YEAR;
  }

  /** Returns the family of a column given its Looker type and SQL type. */
  public static FilterFamily of(String lookerType, SqlTypeName sqlType, boolean measure) {
    if (measure) {
      return sqlType == SqlTypeName.DOUBLE || sqlType == SqlTypeName.BIGINT
          || sqlType == SqlTypeName.INTEGER ? NUMBER : NONE;
    }
    switch (lookerType) {
    case "string":
    case "zipcode":
      return STRING;
    case "number":
      return NUMBER;
    case "yesno":
      return YESNO;
    case "date":
    case "date_date":
      return DATE;
    case "date_year":
      return YEAR;
    case "date_fiscal_year":
      return NONE; // a fiscal year is not the calendar year the date grammar's "2020" names
    default:
      return sqlType == SqlTypeName.INTEGER ? NUMBER : NONE;
    }
  }
}
