package io.looksql.emulator.filter;

import io.looksql.emulator.filter.DateCondition.Between;
import io.looksql.emulator.filter.DateToken.Kind;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses date filters into half-open time ranges, resolving relative dates against the context.
 *
 * <pre>
 * expression = term ("," term)*
 * term       = "null" | ("not" | "-") "null" | ("before" | "after") point | period
 * period     = "today" | "yesterday" | "tomorrow" | weekday | "this" unit ["to" unit]
 *            | "last" [n] unit | "next" unit | n unit ["ago" | "from" "now"] ["for" n unit]
 *            | time ["to" time | "for" n unit]
 * point      = time | ("this" | "last" | "next") unit | n unit ("ago" | "from" "now")
 *            | "today" | "yesterday" | "tomorrow"
 * </pre>
 */
final class DateParser {
  static final String GRAMMAR = "date";
  private static final String UNITS = "second, minute, hour, day, week, month, quarter or year";

  private final String expression;
  private final RelativeDates dates;
  private final List<DateToken> tokens;
  private int next;

  private DateParser(String expression, FilterContext context) {
    this.expression = expression;
    this.dates = new RelativeDates(context);
    this.tokens = DateLexer.tokenize(expression);
  }

  /** Returns the conditions of a non-blank date filter expression, one per term. */
  static List<DateCondition> parse(String expression, FilterContext context) {
    DateParser parser = new DateParser(expression, context);
    try {
      return parser.expression();
    } catch (DateTimeException | ArithmeticException e) {
      throw FilterErrors.at(GRAMMAR, expression, "date out of range", 0);
    }
  }

  private List<DateCondition> expression() {
    List<DateCondition> terms = new ArrayList<>();
    terms.add(term());
    while (peek().kind() == Kind.COMMA) {
      next++;
      terms.add(term());
    }
    if (peek().kind() != Kind.END) {
      throw unexpected(peek(), null);
    }
    return terms;
  }

  private DateCondition term() {
    if (acceptWord("null")) {
      return new DateCondition.NullTest(true);
    }
    if (acceptWord("not") || accept(Kind.DASH)) {
      expectWord("null");
      return new DateCondition.NullTest(false);
    }
    if (acceptWord("before")) {
      return new Between(null, point());
    }
    if (acceptWord("after")) {
      return new Between(point(), null);
    }
    return period();
  }

  private Between period() {
    DateToken token = peek();
    if (token.kind() == Kind.TIME || isYear(token)) {
      Between start = absolute();
      if (acceptWord("to")) {
        return new Between(start.start(), absolute().start());
      }
      return withFor(start);
    }
    if (token.kind() == Kind.INTEGER) {
      long n = integer();
      DateUnit unit = unit();
      if (acceptWord("ago")) {
        return withFor(dates.relative(unit, -n));
      }
      if (acceptWord("from")) {
        expectWord("now");
        return withFor(dates.relative(unit, n));
      }
      return dates.past(n, unit);
    }
    if (acceptWord("this")) {
      DateUnit unit = unit();
      if (acceptWord("to")) {
        return new Between(dates.start(unit), dates.start(unit()));
      }
      return dates.relative(unit, 0);
    }
    if (acceptWord("last")) {
      if (peek().kind() == Kind.INTEGER) {
        return dates.past(integer(), unit());
      }
      return dates.relative(unit(), -1);
    }
    if (acceptWord("next")) {
      return dates.relative(unit(), 1);
    }
    Between day = namedDay();
    if (day == null) {
      throw unexpected(token, "a date");
    }
    return day;
  }

  private LocalDateTime point() {
    DateToken token = peek();
    if (token.kind() == Kind.TIME || isYear(token)) {
      return absolute().start();
    }
    if (token.kind() == Kind.INTEGER) {
      long n = integer();
      DateUnit unit = unit();
      if (acceptWord("from")) {
        expectWord("now");
        return dates.relative(unit, n).start();
      }
      expectWord("ago");
      return dates.relative(unit, -n).start();
    }
    for (String word : List.of("this", "last", "next")) {
      if (acceptWord(word)) {
        int offset = word.equals("this") ? 0 : word.equals("last") ? -1 : 1;
        return dates.relative(unit(), offset).start();
      }
    }
    Between day = namedDay();
    if (day == null) {
      throw unexpected(token, "a date");
    }
    return day.start();
  }

  /** Consumes and returns a named day, or returns null if the next token names none. */
  private Between namedDay() {
    DateToken token = peek();
    Between day = token.kind() == Kind.WORD ? dates.namedDay(token.text()) : null;
    if (day != null) {
      next++;
    }
    return day;
  }

  private Between absolute() {
    DateToken token = peek();
    if (token.kind() == Kind.TIME) {
      next++;
      return new Between(token.time(), token.unit().plus(token.time(), 1));
    }
    if (!isYear(token)) {
      throw unexpected(token, "a date");
    }
    next++;
    LocalDateTime year = LocalDateTime.of(Integer.parseInt(token.text()), 1, 1, 0, 0);
    return new Between(year, year.plusYears(1));
  }

  private boolean isYear(DateToken token) {
    return token.kind() == Kind.INTEGER && token.text().length() == 4
        && !(tokens.get(next + 1).kind() == Kind.WORD
            && DateUnit.fromWord(tokens.get(next + 1).text()) != null);
  }

  private Between withFor(Between period) {
    if (!acceptWord("for")) {
      return period;
    }
    long n = integer();
    return new Between(period.start(), unit().plus(period.start(), n));
  }

  private DateUnit unit() {
    DateToken token = peek();
    if (token.kind() == Kind.WORD && token.text().equals("fiscal")) {
      throw FilterErrors.at(GRAMMAR, expression, "fiscal periods are not supported",
          token.position());
    }
    DateUnit unit = token.kind() == Kind.WORD ? DateUnit.fromWord(token.text()) : null;
    if (unit == null) {
      throw unexpected(token, "an interval (" + UNITS + ")");
    }
    next++;
    return unit;
  }

  private long integer() {
    DateToken token = peek();
    if (token.kind() != Kind.INTEGER) {
      throw unexpected(token, "a whole number");
    }
    next++;
    try {
      return Long.parseLong(token.text());
    } catch (NumberFormatException e) {
      throw FilterErrors.at(GRAMMAR, expression, "number too large", token.position());
    }
  }

  private void expectWord(String word) {
    if (!acceptWord(word)) {
      throw unexpected(peek(), "\"" + word + "\"");
    }
  }

  private boolean acceptWord(String word) {
    DateToken token = peek();
    if (token.kind() == Kind.WORD && token.text().equals(word)) {
      next++;
      return true;
    }
    return false;
  }

  private boolean accept(Kind kind) {
    if (peek().kind() == kind) {
      next++;
      return true;
    }
    return false;
  }

  private DateToken peek() {
    return tokens.get(next);
  }

  private FilterException unexpected(DateToken token, String expected) {
    String found = token.kind() == Kind.END ? "end of expression"
        : "\"" + expression.substring(token.position(), token.position() + token.text().length())
            + "\"";
    String problem = expected == null ? "unexpected " + found
        : "expected " + expected + " but found " + found;
    return FilterErrors.at(GRAMMAR, expression, problem, token.position());
  }
}
