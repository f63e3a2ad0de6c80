package io.looksql.emulator.lookml;

import io.looksql.emulator.lookml.Token.Kind;

/**
 * Tokenizer of one LookML file, driven by the parser one token at a time.
 *
 * <p>Driven rather than run ahead because the same text lexes differently after an SQL key:
 * {@code sql: SELECT "a" # b ;;} is raw text up to {@code ;;}, where {@code #} and quotes mean
 * nothing, so the parser asks for {@link #sql} right after such a key's colon.
 */
final class Lexer {
  private final String file;
  private final String text;
  private int offset;
  private int line = 1;
  private int column = 1;

  /** Creates a Lexer over a file's text. */
  Lexer(String file, String text) {
    this.file = file;
    this.text = text;
  }

  /** Returns the next token, {@link Kind#END} at the end of the file. */
  Token next() {
    skipSpaceAndComments();
    SourcePosition start = position();
    if (offset >= text.length()) {
      return new Token(Kind.END, "", start);
    }
    char c = text.charAt(offset);
    Kind punctuation = punctuation(c);
    if (punctuation != null) {
      advance(1);
      return new Token(punctuation, String.valueOf(c), start);
    }
    if (c == '"') {
      return string(start);
    }
    if (isDigit(c) || c == '-' && isDigit(charAt(offset + 1))) {
      return number(start);
    }
    // "-view.field" excludes a field; "+view" refines a view or explore.
    if (isNameStart(c) || (c == '-' || c == '+') && isNameStart(charAt(offset + 1))) {
      return name(start);
    }
    int codePoint = text.codePointAt(offset);
    advance(Character.charCount(codePoint));
    return new Token(Kind.INVALID, new String(Character.toChars(codePoint)), start);
  }

  /**
   * Returns the raw text up to the next {@code ;;}, trimmed, as an {@link Kind#SQL} token placed
   * at its first non-blank character.
   *
   * @param key the key whose value this is, for the error message
   * @param keyPosition where that key is, which the error names
   */
  Token sql(String key, SourcePosition keyPosition) {
    int end = text.indexOf(";;", offset);
    if (end < 0) {
      throw new LookmlException(keyPosition,
          "expected ';;' to end the SQL of '" + key + "', found end of file");
    }
    while (offset < end && Character.isWhitespace(text.charAt(offset))) {
      advance(1);
    }
    SourcePosition start = position();
    String sql = text.substring(offset, end).strip();
    advance(end + 2 - offset);
    return new Token(Kind.SQL, sql, start);
  }

  private Token string(SourcePosition start) {
    advance(1);
    StringBuilder value = new StringBuilder();
    while (offset < text.length()) {
      char c = text.charAt(offset);
      if (c == '"') {
        advance(1);
        return new Token(Kind.STRING, value.toString(), start);
      }
      char following = charAt(offset + 1);
      if (c == '\\' && (following == '"' || following == '\\')) {
        value.append(following);
        advance(2);
      } else {
        value.append(c);
        advance(1);
      }
    }
    throw new LookmlException(start, "expected '\"' to close the string, found end of file");
  }

  private Token number(SourcePosition start) {
    int begin = offset;
    advance(1);
    while (isDigit(charAt(offset))) {
      advance(1);
    }
    if (charAt(offset) == '.' && isDigit(charAt(offset + 1))) {
      advance(1);
      while (isDigit(charAt(offset))) {
        advance(1);
      }
    }
    return new Token(Kind.NUMBER, text.substring(begin, offset), start);
  }

  private Token name(SourcePosition start) {
    int begin = offset;
    advance(1);
    while (isNamePart(charAt(offset))) {
      advance(1);
    }
    return new Token(Kind.NAME, text.substring(begin, offset), start);
  }

  private void skipSpaceAndComments() {
    while (offset < text.length()) {
      char c = text.charAt(offset);
      if (c == '#') {
        while (offset < text.length() && text.charAt(offset) != '\n') {
          advance(1);
        }
      } else if (Character.isWhitespace(c)) {
        advance(1);
      } else {
        return;
      }
    }
  }

  private static Kind punctuation(char c) {
    switch (c) {
    case ':':
      return Kind.COLON;
    case ',':
      return Kind.COMMA;
    case '{':
      return Kind.LEFT_BRACE;
    case '}':
      return Kind.RIGHT_BRACE;
    case '[':
      return Kind.LEFT_BRACKET;
    case ']':
      return Kind.RIGHT_BRACKET;
    default:
      return null;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isNameStart(char c) {
    return Character.isLetter(c) || c == '_';
  }

  /** Returns whether c continues a name; {@code .} and {@code *} make {@code view.*} one name. */
  private static boolean isNamePart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '*';
  }

  /** Returns the character at an offset, or NUL past the end so callers need no bounds check. */
  private char charAt(int at) {
    return at < text.length() ? text.charAt(at) : '\0';
  }

  private SourcePosition position() {
    return new SourcePosition(file, line, column);
  }

  private void advance(int count) {
    for (int i = 0; i < count; i++) {
      if (text.charAt(offset++) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
  }
}
