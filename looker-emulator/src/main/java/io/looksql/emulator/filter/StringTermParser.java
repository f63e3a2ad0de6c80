package io.looksql.emulator.filter;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a string filter into terms, resolving {@code ^} and {@code \} escapes and double
 * quotes.
 *
 * <p>Each character remembers whether it was written literally (escaped or quoted), because only
 * unescaped characters carry meaning: {@code %}/{@code _} wildcards, a leading {@code -},
 * surrounding spaces and the words NULL and EMPTY.
 */
final class StringTermParser {
  static final String GRAMMAR = "string";

  private record Ch(char c, boolean literal) {
  }

  private final String expression;
  private final List<StringTerm> terms = new ArrayList<>();
  private List<Ch> chars = new ArrayList<>();
  private boolean quoted;
  private int termStart;

  private StringTermParser(String expression) {
    this.expression = expression;
  }

  /** Returns the terms of a non-blank string filter expression. */
  static List<StringTerm> parse(String expression) {
    StringTermParser parser = new StringTermParser(expression);
    parser.run();
    return parser.terms;
  }

  private void run() {
    int i = 0;
    while (i < expression.length()) {
      char c = expression.charAt(i);
      if (quoted && c != ',' && c != ' ') {
        throw error("unexpected text after closing quote", i);
      }
      switch (c) {
        case ',' -> {
          endTerm(i);
          i++;
        }
        case '^' -> {
          if (i + 1 >= expression.length()) {
            throw error("nothing to escape after \"^\"", i);
          }
          chars.add(new Ch(expression.charAt(i + 1), true));
          i += 2;
        }
        case '\\' -> i = backslash(i);
        case '"' -> i = quotedValue(i);
        default -> {
          chars.add(new Ch(c, false));
          i++;
        }
      }
    }
    endTerm(expression.length());
  }

  private int backslash(int at) {
    if (at + 1 >= expression.length()) {
      throw error("nothing to escape after \"\\\"", at);
    }
    char next = expression.charAt(at + 1);
    char decoded = switch (next) {
      case '"', '\\', '/', '%', '_', ',', '-', '^', ' ' -> next;
      case 'b' -> '\b';
      case 'f' -> '\f';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      case 'u' -> unicode(at);
      default -> throw error("invalid escape \"\\" + next + "\"", at);
    };
    chars.add(new Ch(decoded, true));
    return at + (next == 'u' ? 6 : 2);
  }

  private char unicode(int at) {
    if (at + 6 > expression.length()) {
      throw error("\\u needs four hex digits", at);
    }
    try {
      return (char) Integer.parseInt(expression.substring(at + 2, at + 6), 16);
    } catch (NumberFormatException e) {
      throw error("\\u needs four hex digits", at);
    }
  }

  /** Reads {@code "..."}; only spaces and a single leading {@code -} may precede it. */
  private int quotedValue(int at) {
    List<Ch> before = stripSpaces(chars);
    boolean negated = before.size() == 1 && before.get(0).equals(new Ch('-', false));
    if (!before.isEmpty() && !negated) {
      throw error("unexpected \" (write ^\" for a literal quote)", at);
    }
    chars = new ArrayList<>(before);
    int i = at + 1;
    while (i < expression.length() && expression.charAt(i) != '"') {
      if (expression.charAt(i) == '\\') {
        i = backslash(i);
      } else {
        chars.add(new Ch(expression.charAt(i), true));
        i++;
      }
    }
    if (i >= expression.length()) {
      throw error("unterminated quote", at);
    }
    quoted = true;
    return i + 1;
  }

  private void endTerm(int end) {
    List<Ch> term = stripSpaces(chars);
    boolean negated = !term.isEmpty() && term.get(0).equals(new Ch('-', false));
    if (negated) {
      term = stripSpaces(term.subList(1, term.size()));
    }
    if (term.isEmpty() && !quoted) {
      throw error(negated ? "nothing after \"-\"" : "empty term", termStart);
    }
    terms.add(classify(term, negated));
    chars = new ArrayList<>();
    quoted = false;
    termStart = end + 1;
  }

  private StringTerm classify(List<Ch> term, boolean negated) {
    StringBuilder text = new StringBuilder();
    boolean anyLiteral = quoted;
    boolean wildcard = false;
    for (Ch ch : term) {
      text.append(ch.c());
      anyLiteral |= ch.literal();
      wildcard |= !ch.literal() && (ch.c() == '%' || ch.c() == '_');
    }
    String value = text.toString();
    if (!anyLiteral && value.equalsIgnoreCase("NULL")) {
      return new StringTerm(StringTerm.Kind.NULL, "", negated);
    }
    if (!anyLiteral && value.equalsIgnoreCase("EMPTY")) {
      return new StringTerm(StringTerm.Kind.EMPTY, "", negated);
    }
    if (!wildcard) {
      return new StringTerm(StringTerm.Kind.EQUALS, value, negated);
    }
    StringBuilder pattern = new StringBuilder();
    for (Ch ch : term) {
      boolean special = ch.c() == '%' || ch.c() == '_' || ch.c() == '!';
      if (special && (ch.literal() || ch.c() == '!')) {
        pattern.append('!');
      }
      pattern.append(ch.c());
    }
    return new StringTerm(StringTerm.Kind.LIKE, pattern.toString(), negated);
  }

  private static List<Ch> stripSpaces(List<Ch> in) {
    int from = 0;
    int to = in.size();
    while (from < to && in.get(from).equals(new Ch(' ', false))) {
      from++;
    }
    while (to > from && in.get(to - 1).equals(new Ch(' ', false))) {
      to--;
    }
    return in.subList(from, to);
  }

  private FilterException error(String problem, int position) {
    return FilterErrors.at(GRAMMAR, expression, problem, position);
  }
}
