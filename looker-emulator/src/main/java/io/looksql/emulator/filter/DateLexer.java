package io.looksql.emulator.filter;

import io.looksql.emulator.filter.DateToken.Kind;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a date filter into tokens; absolute dates and times become single tokens. */
final class DateLexer {
  private static final Pattern DATE_TIME = Pattern.compile(
      "(\\d{4})[-/](\\d{2})[-/](\\d{2})(?:[ T](\\d{2}):(\\d{2})(?::(\\d{2}))?)?(?![\\d:])");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])(?!\\d)");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})[-/](\\d{2})(?![-/\\d])");
  private static final Pattern INTEGER = Pattern.compile("\\d+(?![-/\\d])");
  private static final Pattern WORD = Pattern.compile("[A-Za-z]+");

  private final String expression;

  private DateLexer(String expression) {
    this.expression = expression;
  }

  /** Returns the tokens of the expression, ending with an {@link Kind#END} token. */
  static List<DateToken> tokenize(String expression) {
    return new DateLexer(expression).run();
  }

  private List<DateToken> run() {
    List<DateToken> tokens = new ArrayList<>();
    int i = 0;
    while (i < expression.length()) {
      char c = expression.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      DateToken token = switch (c) {
        case ',' -> new DateToken(Kind.COMMA, ",", i, null, null);
        case '-' -> new DateToken(Kind.DASH, "-", i, null, null);
        default -> match(i);
      };
      tokens.add(token);
      i += token.text().length();
    }
    tokens.add(new DateToken(Kind.END, "", expression.length(), null, null));
    return tokens;
  }

  private DateToken match(int at) {
    Matcher m = matcher(DATE_TIME, at);
    if (m.lookingAt()) {
      DateUnit unit = m.group(4) == null ? DateUnit.DAY
          : m.group(6) == null ? DateUnit.MINUTE : DateUnit.SECOND;
      return time(m, at, unit, m.group(1), m.group(2), m.group(3), m.group(4), m.group(5),
          m.group(6));
    }
    m = matcher(QUARTER, at);
    if (m.lookingAt()) {
      int month = (Integer.parseInt(m.group(2)) - 1) * 3 + 1;
      return time(m, at, DateUnit.QUARTER, m.group(1), String.valueOf(month), "1", null, null,
          null);
    }
    m = matcher(MONTH, at);
    if (m.lookingAt()) {
      return time(m, at, DateUnit.MONTH, m.group(1), m.group(2), "1", null, null, null);
    }
    m = matcher(INTEGER, at);
    if (m.lookingAt()) {
      return new DateToken(Kind.INTEGER, m.group(), at, null, null);
    }
    m = matcher(WORD, at);
    if (m.lookingAt()) {
      return new DateToken(Kind.WORD, m.group().toLowerCase(Locale.ROOT), at, null, null);
    }
    throw FilterErrors.at(DateParser.GRAMMAR, expression,
        "unexpected \"" + expression.charAt(at) + "\"", at);
  }

  private Matcher matcher(Pattern pattern, int at) {
    return pattern.matcher(expression).region(at, expression.length());
  }

  private DateToken time(Matcher m, int at, DateUnit unit, String year, String month, String day,
      String hour, String minute, String second) {
    try {
      LocalDateTime time = LocalDateTime.of(Integer.parseInt(year), Integer.parseInt(month),
          Integer.parseInt(day), parse(hour), parse(minute), parse(second));
      return new DateToken(Kind.TIME, m.group(), at, time, unit);
    } catch (DateTimeException e) {
      throw FilterErrors.at(DateParser.GRAMMAR, expression,
          "invalid date \"" + m.group() + "\"", at);
    }
  }

  private static int parse(String digits) {
    return digits == null ? 0 : Integer.parseInt(digits);
  }
}
