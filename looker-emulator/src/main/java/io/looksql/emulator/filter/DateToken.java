package io.looksql.emulator.filter;

import java.time.LocalDateTime;

/**
 * A lexical token of a date filter.
 *
 * @param kind what the token is
 * @param text the token as written; lower case for words
 * @param position where the token starts in the expression, from 0
 * @param time for {@link Kind#TIME}, the start of the period written
 * @param unit for {@link Kind#TIME}, the length of the period written (day, month, second...)
 */
record DateToken(Kind kind, String text, int position, LocalDateTime time, DateUnit unit) {
  /** Token kinds. */
  enum Kind {
    WORD, INTEGER, TIME, COMMA, DASH, END
  }
}
