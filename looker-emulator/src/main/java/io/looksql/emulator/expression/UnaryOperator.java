package io.looksql.emulator.expression;

/** The prefix operators. */
public enum UnaryOperator {
  /** Logical negation, {@code NOT x}. */
  NOT,
  /** Arithmetic negation, {@code -x}. */
  NEGATE
}
