package io.looksql.jdbc;

import java.util.Locale;

/**
 * Rewrites the function call {@code MEASURE(m)} into {@code AGGREGATE(m)} in SQL text, for users
 * who know the spelling from Cube. The rewrite is textual because {@code MEASURE} is a reserved
 * word of Calcite's parser; it skips string literals, quoted identifiers and comments, and leaves
 * every other use of the word ({@code AS MEASURE}, {@code MEASURE<T>}) alone.
 */
final class MeasureSynonym {
  private static final String WORD = "MEASURE";

  private MeasureSynonym() {
  }

  /** Returns the SQL with each {@code MEASURE(} call written {@code AGGREGATE(}. */
  static String rewrite(String sql) {
    if (!sql.toUpperCase(Locale.ROOT).contains(WORD)) {
      return sql;
    }
    StringBuilder out = new StringBuilder(sql.length() + 8);
    int i = 0;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      int end;
      if (c == '\'' || c == '"' || c == '`') {
        end = ToolSyntax.quoted(sql, i, c);
      } else if (sql.startsWith("--", i)) {
        end = sql.indexOf('\n', i);
        end = end < 0 ? sql.length() : end;
      } else if (sql.startsWith("/*", i)) {
        end = sql.indexOf("*/", i + 2);
        end = end < 0 ? sql.length() : end + 2;
      } else if (isCall(sql, i)) {
        out.append("AGGREGATE");
        i += WORD.length();
        continue;
      } else {
        end = i + 1;
      }
      out.append(sql, i, end);
      i = end;
    }
    return out.toString();
  }

  private static boolean isCall(String sql, int i) {
    if (!sql.regionMatches(true, i, WORD, 0, WORD.length())
        || i > 0 && (isWordChar(sql.charAt(i - 1)) || sql.charAt(i - 1) == '.')) {
      return false;
    }
    int j = i + WORD.length();
    if (j < sql.length() && isWordChar(sql.charAt(j))) {
      return false;
    }
    while (j < sql.length() && Character.isWhitespace(sql.charAt(j))) {
      j++;
    }
    return j < sql.length() && sql.charAt(j) == '(';
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }
}
