package io.looksql.emulator.expression;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses an expression by recursive descent. Precedence, loosest first: {@code OR}, {@code AND},
 * {@code NOT}, comparisons (not chained), {@code + -}, {@code * /}, unary {@code -}.
 */
final class Parser {
  private final List<Token> tokens;
  private int next;

  private Parser(List<Token> tokens) {
    this.tokens = tokens;
  }

  /** Returns the syntax tree of an expression. */
  static Node parse(String text) {
    Parser parser = new Parser(Lexer.tokenize(text));
    if (parser.peek().kind() == TokenKind.END) {
      throw new ExpressionException("The expression is empty", parser.peek().position());
    }
    Node root = parser.or();
    Token rest = parser.peek();
    if (rest.kind() != TokenKind.END) {
      throw new ExpressionException("Unexpected " + rest.describe() + " after a complete expression",
          rest.position());
    }
    return root;
  }

  private Node or() {
    Node left = and();
    while (isWord("or")) {
      Token op = take();
      left = new Binary(BinaryOperator.OR, left, and(), op.position());
    }
    return left;
  }

  private Node and() {
    Node left = not();
    while (isWord("and")) {
      Token op = take();
      left = new Binary(BinaryOperator.AND, left, not(), op.position());
    }
    return left;
  }

  private Node not() {
    if (isWord("not")) {
      Token op = take();
      return new Unary(UnaryOperator.NOT, not(), op.position());
    }
    return comparison();
  }

  private Node comparison() {
    Node left = additive();
    BinaryOperator op = peek().kind() == TokenKind.OPERATOR ? BinaryOperator.comparison(peek().text()) : null;
    if (op == null) {
      return left;
    }
    Token token = take();
    Node right = additive();
    Token after = peek();
    if (after.kind() == TokenKind.OPERATOR && BinaryOperator.comparison(after.text()) != null) {
      throw new ExpressionException("Comparisons can't be chained; combine them with AND",
          after.position());
    }
    return new Binary(op, left, right, token.position());
  }

  private Node additive() {
    Node left = multiplicative();
    while (isOperator("+") || isOperator("-")) {
      Token op = take();
      BinaryOperator operator = op.text().equals("+") ? BinaryOperator.ADD : BinaryOperator.SUBTRACT;
      left = new Binary(operator, left, multiplicative(), op.position());
    }
    return left;
  }

  private Node multiplicative() {
    Node left = unary();
    while (isOperator("*") || isOperator("/")) {
      Token op = take();
      BinaryOperator operator = op.text().equals("*") ? BinaryOperator.MULTIPLY : BinaryOperator.DIVIDE;
      left = new Binary(operator, left, unary(), op.position());
    }
    return left;
  }

  private Node unary() {
    if (isOperator("-")) {
      Token op = take();
      return new Unary(UnaryOperator.NEGATE, unary(), op.position());
    }
    return primary();
  }

  private Node primary() {
    Token t = take();
    switch (t.kind()) {
    case NUMBER:
      return new Literal(ValueType.NUMBER, new BigDecimal(t.text()), t.position());
    case STRING:
      return new Literal(ValueType.STRING, t.text(), t.position());
    case FIELD:
      return new FieldRef(t.text(), t.position());
    case OPEN:
      Node inner = or();
      expect(TokenKind.CLOSE, "\")\"");
      return inner;
    case WORD:
      return word(t);
    default:
      throw new ExpressionException("Expected a value but found " + t.describe(), t.position());
    }
  }

  private Node word(Token t) {
    switch (t.text().toLowerCase(Locale.ROOT)) {
    case "yes": case "true":
      return new Literal(ValueType.YESNO, Boolean.TRUE, t.position());
    case "no": case "false":
      return new Literal(ValueType.YESNO, Boolean.FALSE, t.position());
    case "null":
      return new Literal(ValueType.NULL, null, t.position());
    case "and": case "or": case "not":
      throw new ExpressionException("Expected a value but found " + t.describe(), t.position());
    default:
      break;
    }
    BuiltinFunction function = BuiltinFunction.named(t.text());
    if (peek().kind() != TokenKind.OPEN) {
      throw new ExpressionException(function != null
          ? "Expected \"(\" after function " + function.functionName() + " but found " + peek().describe()
          : "Unknown word \"" + t.text() + "\"; write fields as ${view.field} and strings in double quotes",
          function != null ? peek().position() : t.position());
    }
    if (function == null) {
      throw new ExpressionException("Unknown function \"" + t.text() + "\"", t.position());
    }
    take();
    List<Node> args = new ArrayList<>();
    if (peek().kind() != TokenKind.CLOSE) {
      args.add(or());
      while (peek().kind() == TokenKind.COMMA) {
        take();
        args.add(or());
      }
    }
    expect(TokenKind.CLOSE, "\",\" or \")\"");
    if (!function.accepts(args.size())) {
      throw new ExpressionException("Function " + function.functionName() + " takes " + function.arity()
          + " but was given " + args.size(), t.position());
    }
    return new Call(function, args, t.position());
  }

  private void expect(TokenKind kind, String what) {
    Token t = peek();
    if (t.kind() != kind) {
      throw new ExpressionException("Expected " + what + " but found " + t.describe(), t.position());
    }
    take();
  }

  private boolean isWord(String word) {
    return peek().kind() == TokenKind.WORD && peek().text().equalsIgnoreCase(word);
  }

  private boolean isOperator(String symbol) {
    return peek().kind() == TokenKind.OPERATOR && peek().text().equals(symbol);
  }

  private Token peek() {
    return tokens.get(next);
  }

  private Token take() {
    Token t = tokens.get(next);
    if (t.kind() != TokenKind.END) {
      next++;
    }
    return t;
  }
}
