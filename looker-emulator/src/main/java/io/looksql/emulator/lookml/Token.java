package io.looksql.emulator.lookml;

/**
 * A lexical token of a LookML file.
 *
 * @param kind what sort of token it is
 * @param text the name, the string's unescaped contents, the number or the SQL text; the
 *     character itself for punctuation and {@link Kind#INVALID}
 * @param position where the token starts
 */
record Token(Kind kind, String text, SourcePosition position) {

  /** Kinds of tokens. */
  enum Kind {
    NAME, STRING, NUMBER, SQL, COLON, COMMA, LEFT_BRACE, RIGHT_BRACE, LEFT_BRACKET,
    RIGHT_BRACKET, END, INVALID
  }

  /** Returns the token as an error message names what was found, e.g. {@code '{'}. */
  String describe() {
    switch (kind) {
    case STRING:
      return "string \"" + text + "\"";
    case NUMBER:
      return "number " + text;
    case SQL:
      return "SQL block";
    case END:
      return "end of file";
    case INVALID:
      return "character '" + text + "'";
    default:
      return "'" + text + "'";
    }
  }
}
