package io.looksql.emulator.expression;

/** Tells the SQL writer what each field reference of an expression stands for. */
@FunctionalInterface
public interface FieldResolver {
  /**
   * Returns the SQL and type of a referenced field; a yes/no field is a boolean condition that is
   * never null.
   *
   * @throws ExpressionException if the reference names no usable field
   */
  Operand resolve(FieldRef ref);
}
