package io.looksql.emulator.filter;

import io.looksql.emulator.filter.NumberNode.Compare;
import io.looksql.emulator.filter.NumberNode.Range;
import io.looksql.emulator.filter.NumberNode.Term;
import io.looksql.emulator.filter.NumberToken.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses number filters by recursive descent.
 *
 * <pre>
 * expression = term ("," term)*
 * term       = ["NOT"] ("NULL" | or)
 * or         = and ("OR" and)*
 * and        = atom ("AND" atom)*
 * atom       = operator number | number ["to" [number]] | "to" number | interval
 * interval   = ("(" | "[") [number | "-inf"] "," [number | "inf"] (")" | "]")
 * </pre>
 */
final class NumberParser {
  static final String GRAMMAR = "number";

  private final String expression;
  private final List<NumberToken> tokens;
  private int next;

  private NumberParser(String expression) {
    this.expression = expression;
    this.tokens = NumberLexer.tokenize(expression);
  }

  /** Returns the comma-separated terms of a non-blank number filter expression. */
  static List<Term> parse(String expression) {
    return new NumberParser(expression).expression();
  }

  private List<Term> expression() {
    List<Term> terms = new ArrayList<>();
    terms.add(term());
    while (accept(Kind.COMMA)) {
      terms.add(term());
    }
    if (peek().kind() != Kind.END) {
      throw unexpected(peek());
    }
    return terms;
  }

  private Term term() {
    boolean negated = accept(Kind.NOT);
    if (accept(Kind.NULL)) {
      return new Term(negated, new NumberNode.IsNull());
    }
    return new Term(negated, or());
  }

  private NumberNode or() {
    List<NumberNode> parts = new ArrayList<>();
    parts.add(and());
    while (accept(Kind.OR)) {
      parts.add(and());
    }
    return parts.size() == 1 ? parts.get(0) : new NumberNode.Or(parts);
  }

  private NumberNode and() {
    List<NumberNode> parts = new ArrayList<>();
    parts.add(atom());
    while (accept(Kind.AND)) {
      parts.add(atom());
    }
    return parts.size() == 1 ? parts.get(0) : new NumberNode.And(parts);
  }

  private NumberNode atom() {
    NumberToken token = peek();
    switch (token.kind()) {
      case OPERATOR -> {
        next++;
        String op = token.text().equals("!=") ? "<>" : token.text();
        return new Compare(op, number());
      }
      case TO -> {
        next++;
        return new Range(null, false, number(), true);
      }
      case NUMBER -> {
        next++;
        if (!accept(Kind.TO)) {
          return new Compare("=", token.value());
        }
        BigDecimal high = peek().kind() == Kind.NUMBER ? number() : null;
        return new Range(token.value(), true, high, high != null);
      }
      case OPEN -> {
        return interval();
      }
      default -> throw unexpected(token);
    }
  }

  /** Infinite or omitted bounds are open whatever bracket is written, as in Looker. */
  private NumberNode interval() {
    boolean lowInclusive = tokens.get(next++).text().equals("[");
    BigDecimal low = null;
    if (peek().kind() == Kind.NUMBER) {
      low = number();
    } else {
      accept(Kind.NEG_INF);
    }
    expect(Kind.COMMA, "\",\"");
    BigDecimal high = null;
    if (peek().kind() == Kind.NUMBER) {
      high = number();
    } else {
      accept(Kind.INF);
    }
    NumberToken close = expect(Kind.CLOSE, "\")\" or \"]\"");
    boolean highInclusive = close.text().equals("]");
    return new Range(low, low != null && lowInclusive, high, high != null && highInclusive);
  }

  private BigDecimal number() {
    return expect(Kind.NUMBER, "a number").value();
  }

  private NumberToken expect(Kind kind, String what) {
    NumberToken token = peek();
    if (token.kind() != kind) {
      String found = token.kind() == Kind.END ? "end of expression" : "\"" + token.text() + "\"";
      throw FilterErrors.at(GRAMMAR, expression, "expected " + what + " but found " + found,
          token.position());
    }
    next++;
    return token;
  }

  private boolean accept(Kind kind) {
    if (peek().kind() == kind) {
      next++;
      return true;
    }
    return false;
  }

  private NumberToken peek() {
    return tokens.get(next);
  }

  private FilterException unexpected(NumberToken token) {
    String what = token.kind() == Kind.END ? "unexpected end of expression"
        : "unexpected \"" + token.text() + "\"";
    return FilterErrors.at(GRAMMAR, expression, what, token.position());
  }
}
