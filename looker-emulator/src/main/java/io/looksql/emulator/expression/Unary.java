package io.looksql.emulator.expression;

/**
 * A prefix operator applied to an operand.
 *
 * @param operator the operator
 * @param operand what it applies to
 * @param position where the operator stands
 */
public record Unary(UnaryOperator operator, Node operand, int position) implements Node {
}
