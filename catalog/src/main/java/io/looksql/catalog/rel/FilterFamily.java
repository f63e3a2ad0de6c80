package io.looksql.catalog.rel;

import org.apache.calcite.sql.type.SqlTypeName;

/** Filter grammar of a Looker field, which decides how a predicate on it is written. */
enum FilterFamily {
  /** String grammar: {@code a,b}, {@code -a}, {@code a%}, {@code NULL}. */
  STRING,
  /** Number grammar: {@code 5}, {@code >=1 AND <10}, {@code NOT 5}, {@code NULL}. */
  NUMBER,
  /** Date grammar, for day-grained dates: {@code 2024/01/31}, {@code after …}, {@code … to …}. */
  DATE,
  /** Yes/no grammar. */
  YESNO,
  /** No grammar the translator writes (e.g. tiers, timestamps, weeks, months): stays in Calcite. */
  NONE;

  /** Returns the family of a column given its Looker type and SQL type. */
  static FilterFamily of(String lookerType, SqlTypeName sqlType, boolean measure) {
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
    default:
      return sqlType == SqlTypeName.INTEGER ? NUMBER : NONE;
    }
  }
}
