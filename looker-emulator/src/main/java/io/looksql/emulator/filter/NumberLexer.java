package io.looksql.emulator.filter;

import io.looksql.emulator.filter.NumberToken.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a number filter into tokens. */
final class NumberLexer {
  private static final Pattern NUMBER =
      Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern WORD = Pattern.compile("-?[A-Za-z]+");
  private static final Pattern OPERATOR = Pattern.compile("<>|!=|<=|>=|<|>|=");

  private NumberLexer() {
  }

  /** Returns the tokens of the expression, ending with an {@link Kind#END} token. */
  static List<NumberToken> tokenize(String expression) {
    List<NumberToken> tokens = new ArrayList<>();
    int i = 0;
    while (i < expression.length()) {
      char c = expression.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      Kind single = switch (c) {
        case '(', '[' -> Kind.OPEN;
        case ')', ']' -> Kind.CLOSE;
        case ',' -> Kind.COMMA;
        default -> null;
      };
      if (single != null) {
        tokens.add(new NumberToken(single, String.valueOf(c), null, i));
        i++;
        continue;
      }
      NumberToken token = match(expression, i);
      tokens.add(token);
      i += token.text().length();
    }
    tokens.add(new NumberToken(Kind.END, "", null, expression.length()));
    return tokens;
  }

  private static NumberToken match(String expression, int at) {
    Matcher m = NUMBER.matcher(expression).region(at, expression.length());
    if (m.lookingAt()) {
      return new NumberToken(Kind.NUMBER, m.group(), new BigDecimal(m.group()), at);
    }
    m = OPERATOR.matcher(expression).region(at, expression.length());
    if (m.lookingAt()) {
      return new NumberToken(Kind.OPERATOR, m.group(), null, at);
    }
    m = WORD.matcher(expression).region(at, expression.length());
    if (m.lookingAt()) {
      return new NumberToken(keyword(expression, m.group(), at), m.group(), null, at);
    }
    throw FilterErrors.at(NumberParser.GRAMMAR, expression,
        "unexpected \"" + expression.charAt(at) + "\"", at);
  }

  private static Kind keyword(String expression, String word, int at) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "inf" -> Kind.INF;
      case "-inf" -> Kind.NEG_INF;
      case "not" -> Kind.NOT;
      case "and" -> Kind.AND;
      case "or" -> Kind.OR;
      case "to" -> Kind.TO;
      case "null" -> Kind.NULL;
      default -> throw FilterErrors.at(NumberParser.GRAMMAR, expression,
          "unexpected \"" + word + "\"", at);
    };
  }
}
