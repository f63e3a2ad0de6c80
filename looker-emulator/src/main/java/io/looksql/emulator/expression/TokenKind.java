package io.looksql.emulator.expression;

/** The kinds of tokens of an expression. */
enum TokenKind {
  /** A number such as {@code 12} or {@code 0.5}; signs are operators. */
  NUMBER,
  /** A double-quoted string; the token text is its value, escapes resolved. */
  STRING,
  /** A field reference {@code ${view.field}} or {@code ${custom_field}}; the text is the name. */
  FIELD,
  /** A keyword ({@code AND}, {@code yes}, {@code null}...) or a function name. */
  WORD,
  /** A comparison or arithmetic operator. */
  OPERATOR,
  /** {@code (} */
  OPEN,
  /** {@code )} */
  CLOSE,
  /** {@code ,} */
  COMMA,
  /** The end of the expression. */
  END
}
