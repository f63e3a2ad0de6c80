package io.looksql.emulator.expression;

/**
 * One token of an expression.
 *
 * @param kind what the token is
 * @param text the token's value: the operator or word as written, a string's content, a field name
 * @param position where the token starts, counting from 0
 */
record Token(TokenKind kind, String text, int position) {
  /** Returns the token as error messages show it. */
  String describe() {
    return switch (kind) {
      case END -> "the end of the expression";
      case STRING -> "string \"" + text + "\"";
      case FIELD -> "${" + text + "}";
      default -> "\"" + text + "\"";
    };
  }
}
