package io.looksql.emulator.expression;

/** A node of an expression's syntax tree. */
public sealed interface Node permits FieldRef, Literal, Unary, Binary, Call {
  /** Returns where the node starts in the expression (an operator's own position for operators). */
  int position();
}
