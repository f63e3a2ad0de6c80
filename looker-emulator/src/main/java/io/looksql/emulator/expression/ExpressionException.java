package io.looksql.emulator.expression;

/**
 * An expression that does not parse or does not type-check; the message reads
 * {@code <problem> at position <n>}, positions counting from 0.
 */
public final class ExpressionException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int position;

  /** Creates an ExpressionException for a problem found at a position of the expression. */
  public ExpressionException(String problem, int position) {
    super(problem + " at position " + position);
    this.position = position;
  }

  /** Returns where in the expression the problem is, counting from 0. */
  public int position() {
    return position;
  }
}
