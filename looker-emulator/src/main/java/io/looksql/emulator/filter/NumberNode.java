package io.looksql.emulator.filter;

import java.math.BigDecimal;
import java.util.List;

/** The syntax tree of one number filter term. */
sealed interface NumberNode {
  /** {@code value <operator> number}; the operator is one of = &lt;&gt; &lt; &lt;= &gt; &gt;=. */
  record Compare(String operator, BigDecimal number) implements NumberNode {
  }

  /** A range; a null bound is unbounded. */
  record Range(BigDecimal low, boolean lowInclusive, BigDecimal high, boolean highInclusive)
      implements NumberNode {
  }

  /** {@code value IS NULL}. */
  record IsNull() implements NumberNode {
  }

  /** All parts hold. */
  record And(List<NumberNode> parts) implements NumberNode {
  }

  /** Some part holds. */
  record Or(List<NumberNode> parts) implements NumberNode {
  }

  /**
   * A comma-separated term.
   *
   * @param negated whether it started with NOT
   * @param body the condition
   */
  record Term(boolean negated, NumberNode body) implements NumberNode {
  }
}
