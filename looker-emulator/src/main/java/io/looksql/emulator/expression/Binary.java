package io.looksql.emulator.expression;

/**
 * An infix operator applied to two operands.
 *
 * @param operator the operator
 * @param left the left operand
 * @param right the right operand
 * @param position where the operator stands
 */
public record Binary(BinaryOperator operator, Node left, Node right, int position) implements Node {
}
