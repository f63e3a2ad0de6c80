package io.looksql.emulator.expression;

import java.util.Map;

/** The infix operators, with the SQL each is written as. */
public enum BinaryOperator {
  /** Logical or. */
  OR("OR", "OR"),
  /** Logical and. */
  AND("AND", "AND"),
  /** Equality. */
  EQ("=", "="),
  /** Inequality, written {@code !=} or {@code <>}. */
  NE("!=", "<>"),
  /** Less than. */
  LT("<", "<"),
  /** Less than or equal. */
  LE("<=", "<="),
  /** Greater than. */
  GT(">", ">"),
  /** Greater than or equal. */
  GE(">=", ">="),
  /** Addition. */
  ADD("+", "+"),
  /** Subtraction. */
  SUBTRACT("-", "-"),
  /** Multiplication. */
  MULTIPLY("*", "*"),
  /** Division. */
  DIVIDE("/", "/");

  private static final Map<String, BinaryOperator> COMPARISONS =
      Map.of("=", EQ, "!=", NE, "<>", NE, "<", LT, "<=", LE, ">", GT, ">=", GE);

  private final String symbol;
  private final String sql;

  BinaryOperator(String symbol, String sql) {
    this.symbol = symbol;
    this.sql = sql;
  }

  /** Returns the operator as written in expressions. */
  public String symbol() {
    return symbol;
  }

  /** Returns the operator in SQL. */
  public String sql() {
    return sql;
  }

  /** Returns whether the operator compares two values. */
  public boolean isComparison() {
    return COMPARISONS.containsValue(this);
  }

  /** Returns the comparison written as {@code symbol}, or null. */
  static BinaryOperator comparison(String symbol) {
    return COMPARISONS.get(symbol);
  }
}
