package io.looksql.emulator.lookml;

import io.looksql.emulator.lookml.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parser of one LookML file into a generic tree of {@link Node}s, knowing only the syntax.
 *
 * <p>Grammar: a file is pairs; a pair is {@code key: value}; a value is a name, string or
 * number, a block {@code name? { pairs }}, a list {@code [item, ...]} whose items are scalars
 * or {@code key: scalar}, or, for SQL keys, raw text up to {@code ;;}.
 */
final class Parser {
  /** Keys other than {@code sql}, {@code sql_*} and {@code *_sql} whose value ends with ;;. */
  private static final Set<String> EXPRESSION_KEYS =
      Set.of("html", "expression", "expression_custom_filter");

  private final Lexer lexer;
  private Token peeked;

  private Parser(LookmlFile file) {
    this.lexer = new Lexer(file.path(), file.content());
  }

  /**
   * Returns the top-level pairs of a file.
   *
   * @throws LookmlException for a syntax error, naming what was expected and what was found
   */
  static List<Node> parse(LookmlFile file) {
    return new Parser(file).pairs(null, null);
  }

  /** Returns whether a key's value is raw SQL-like text ended by {@code ;;}. */
  static boolean isSqlKey(String key) {
    return key.equals("sql") || key.startsWith("sql_") || key.endsWith("_sql")
        || EXPRESSION_KEYS.contains(key);
  }

  /** Returns pairs up to the end of the file (opener null) or the '}' closing a block. */
  private List<Node> pairs(String opener, SourcePosition openedAt) {
    List<Node> pairs = new ArrayList<>();
    while (true) {
      Token key = next();
      if (key.kind() == Kind.END && opener == null
          || key.kind() == Kind.RIGHT_BRACE && opener != null) {
        return pairs;
      }
      if (key.kind() == Kind.END) {
        throw expected(key, "'}' to close " + opener + " opened at line " + openedAt.line());
      }
      if (key.kind() != Kind.NAME) {
        throw expected(key, opener == null ? "a key" : "a key or '}'");
      }
      Token colon = next();
      if (colon.kind() != Kind.COLON) {
        throw expected(colon, "':' after '" + key.text() + "'");
      }
      Value value;
      if (isSqlKey(key.text())) {
        Token sql = lexer.sql(key.text(), key.position());
        value = new Value.Sql(sql.text(), sql.position());
      } else {
        value = value(key.text());
      }
      pairs.add(new Node(key.text(), key.position(), value));
    }
  }

  private Value value(String key) {
    Token token = next();
    switch (token.kind()) {
    case STRING:
    case NUMBER:
      return new Value.Scalar(token.text(), token.kind(), token.position());
    case NAME:
      if (peek().kind() != Kind.LEFT_BRACE) {
        return new Value.Scalar(token.text(), token.kind(), token.position());
      }
      Token brace = next();
      String opener = "'" + key + ": " + token.text() + "'";
      return new Value.Block(
          token.text(), pairs(opener, brace.position()), token.position(), brace.position());
    case LEFT_BRACE:
      return new Value.Block(
          null, pairs("'" + key + ":'", token.position()), token.position(), token.position());
    case LEFT_BRACKET:
      return list(token);
    default:
      throw expected(token, "a value after '" + key + ":'");
    }
  }

  private Value.ListOf list(Token open) {
    List<Node> items = new ArrayList<>();
    while (true) {
      Token item = next();
      if (item.kind() == Kind.RIGHT_BRACKET) {
        return new Value.ListOf(items, open.position());
      }
      if (!isScalar(item)) {
        throw expected(item, "a list item or ']'");
      }
      if (item.kind() == Kind.NAME && peek().kind() == Kind.COLON) {
        next();
        Token value = next();
        if (!isScalar(value)) {
          throw expected(value, "a value after '" + item.text() + ":'");
        }
        items.add(new Node(item.text(), item.position(),
            new Value.Scalar(value.text(), value.kind(), value.position())));
      } else {
        items.add(new Node(null, item.position(),
            new Value.Scalar(item.text(), item.kind(), item.position())));
      }
      Token separator = next();
      if (separator.kind() == Kind.RIGHT_BRACKET) {
        return new Value.ListOf(items, open.position());
      }
      if (separator.kind() != Kind.COMMA) {
        throw expected(separator, "',' or ']' after a list item");
      }
    }
  }

  private static boolean isScalar(Token token) {
    return token.kind() == Kind.NAME || token.kind() == Kind.STRING
        || token.kind() == Kind.NUMBER;
  }

  private Token next() {
    Token token = peek();
    peeked = null;
    return token;
  }

  private Token peek() {
    if (peeked == null) {
      peeked = lexer.next();
    }
    return peeked;
  }

  private static LookmlException expected(Token found, String what) {
    return new LookmlException(
        found.position(), "expected " + what + ", found " + found.describe());
  }
}
