package io.looksql.emulator.filter;

import java.math.BigDecimal;

/**
 * A lexical token of a number filter.
 *
 * @param kind what the token is
 * @param text the token as written
 * @param value the number, for {@link Kind#NUMBER} only
 * @param position where the token starts in the expression, from 0
 */
record NumberToken(Kind kind, String text, BigDecimal value, int position) {
  /** Token kinds; keywords are case-insensitive. */
  enum Kind {
    NUMBER, INF, NEG_INF, NOT, AND, OR, TO, NULL, OPERATOR, OPEN, CLOSE, COMMA, END
  }
}
