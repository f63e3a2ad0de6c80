package io.looksql.emulator.filter;

/**
 * One comma-separated term of a string filter.
 *
 * @param kind what the term tests
 * @param value for {@link Kind#EQUALS} the literal text; for {@link Kind#LIKE} a SQL LIKE
 *     pattern escaped with {@code !}; otherwise empty
 * @param negated whether the term had a leading unescaped {@code -}
 */
record StringTerm(Kind kind, String value, boolean negated) {
  /** What a string term tests. */
  enum Kind {
    EQUALS, LIKE, NULL, EMPTY
  }
}
