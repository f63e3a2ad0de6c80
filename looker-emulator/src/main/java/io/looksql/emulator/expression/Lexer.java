package io.looksql.emulator.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits an expression into tokens. */
final class Lexer {
  private static final Pattern NUMBER = Pattern.compile("(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)?");
  private static final Pattern OPERATOR = Pattern.compile("<>|!=|<=|>=|<|>|=|\\+|-|\\*|/");

  private final String text;
  private int at;

  private Lexer(String text) {
    this.text = text;
  }

  /** Returns the tokens of an expression, ending with an {@link TokenKind#END} token. */
  static List<Token> tokenize(String text) {
    return new Lexer(text).all();
  }

  private List<Token> all() {
    List<Token> tokens = new ArrayList<>();
    while (true) {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
      if (at == text.length()) {
        tokens.add(new Token(TokenKind.END, "", at));
        return tokens;
      }
      tokens.add(next());
    }
  }

  private Token next() {
    int start = at;
    char c = text.charAt(at);
    switch (c) {
    case '(':
      at++;
      return new Token(TokenKind.OPEN, "(", start);
    case ')':
      at++;
      return new Token(TokenKind.CLOSE, ")", start);
    case ',':
      at++;
      return new Token(TokenKind.COMMA, ",", start);
    case '"':
      return string();
    case '$':
      return field();
    default:
      break;
    }
    Token token = match(NUMBER, TokenKind.NUMBER);
    if (token == null) {
      token = match(OPERATOR, TokenKind.OPERATOR);
    }
    if (token == null) {
      token = match(WORD, TokenKind.WORD);
    }
    if (token == null) {
      throw new ExpressionException("Unexpected character \"" + c + "\"", start);
    }
    return token;
  }

  private Token match(Pattern pattern, TokenKind kind) {
    Matcher m = pattern.matcher(text).region(at, text.length());
    if (!m.lookingAt()) {
      return null;
    }
    Token token = new Token(kind, m.group(), at);
    at = m.end();
    return token;
  }

  /** Reads {@code "..."}; a backslash makes the next character literal ({@code \"}, {@code \\}). */
  private Token string() {
    int start = at++;
    StringBuilder value = new StringBuilder();
    while (at < text.length()) {
      char c = text.charAt(at++);
      if (c == '"') {
        return new Token(TokenKind.STRING, value.toString(), start);
      }
      if (c == '\\' && at < text.length()) {
        c = text.charAt(at++);
      }
      value.append(c);
    }
    throw new ExpressionException("Unterminated string", start);
  }

  /** Reads {@code ${name}} or {@code ${view.name}}. */
  private Token field() {
    int start = at;
    if (!text.startsWith("${", at)) {
      throw new ExpressionException("Unexpected character \"$\"", start);
    }
    int close = text.indexOf('}', at);
    if (close < 0) {
      throw new ExpressionException("Unterminated field reference", start);
    }
    String name = text.substring(at + 2, close).trim();
    if (!FIELD_NAME.matcher(name).matches()) {
      throw new ExpressionException("Invalid field reference \"" + text.substring(start, close + 1)
          + "\"; write ${view.field}", start);
    }
    at = close + 1;
    return new Token(TokenKind.FIELD, name, start);
  }
}
