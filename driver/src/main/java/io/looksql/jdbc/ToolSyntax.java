package io.looksql.jdbc;

import java.util.ArrayDeque;
import java.util.Locale;

/**
 * Rewrites, in SQL text, what BI and SQL tools write that Calcite's parser with LookSQL's
 * settings would reject, before it is parsed: double-quoted identifiers become backtick-quoted
 * ones (under {@code lex=MYSQL} a double quote means nothing else, so no statement changes
 * meaning), trailing semicolons go, and the JDBC escapes Calcite's parser lacks are unwrapped:
 * {@code {oj …}} (an outer join) and {@code {escape '\'}} (a LIKE escape); a {@code {fn name(…)}}
 * escape gets its function name in upper case, as Calcite's table of JDBC functions spells it.
 * String literals and comments are copied as they are.
 */
final class ToolSyntax {
  private ToolSyntax() {
  }

  /** Returns the SQL as Calcite's parser takes it. */
  static String rewrite(String sql) {
    StringBuilder out = new StringBuilder(sql.length() + 8);
    int i = 0;
    // Per open brace: whether its closing brace is dropped ({oj and {escape).
    ArrayDeque<Boolean> braces = new ArrayDeque<>();
    while (i < sql.length()) {
      char c = sql.charAt(i);
      int end;
      if (c == '\'' || c == '`') {
        end = quoted(sql, i, c);
        out.append(sql, i, end);
      } else if (c == '"') {
        end = quoted(sql, i, c);
        String name = sql.substring(i + 1, Math.max(i + 1, end - 1)).replace("\"\"", "\"");
        out.append('`').append(name.replace("`", "``")).append('`');
      } else if (sql.startsWith("--", i)) {
        end = sql.indexOf('\n', i);
        end = end < 0 ? sql.length() : end;
        out.append(sql, i, end);
      } else if (sql.startsWith("/*", i)) {
        end = sql.indexOf("*/", i + 2);
        end = end < 0 ? sql.length() : end + 2;
        out.append(sql, i, end);
      } else if (c == '{') {
        int word = skipSpace(sql, i + 1);
        int wordEnd = word;
        while (wordEnd < sql.length() && Character.isLetter(sql.charAt(wordEnd))) {
          wordEnd++;
        }
        String keyword = sql.substring(word, wordEnd).toLowerCase(Locale.ROOT);
        if (keyword.equals("oj") || keyword.equals("escape")) {
          braces.push(Boolean.TRUE);
          // Same length, so that positions in error messages still point into the user's text.
          String kept = keyword.equals("escape") ? " ESCAPE" : " ";
          out.append(kept).append(" ".repeat(Math.max(0, wordEnd - i - kept.length())));
          end = wordEnd;
        } else if (keyword.equals("fn")) {
          braces.push(Boolean.FALSE);
          int name = skipSpace(sql, wordEnd);
          int nameEnd = name;
          while (nameEnd < sql.length() && (Character.isLetterOrDigit(sql.charAt(nameEnd))
              || sql.charAt(nameEnd) == '_')) {
            nameEnd++;
          }
          out.append(sql, i, name).append(sql.substring(name, nameEnd).toUpperCase(Locale.ROOT));
          end = nameEnd;
        } else {
          braces.push(Boolean.FALSE);
          out.append(c);
          end = i + 1;
        }
      } else if (c == '}') {
        Boolean dropped = braces.poll();
        if (dropped == null || !dropped) {
          out.append(c);
        } else {
          out.append(' ');
        }
        end = i + 1;
      } else {
        end = i + 1;
        out.append(c);
      }
      i = end;
    }
    return trimSemicolons(out);
  }

  /** Drops trailing semicolons and the blanks around them. */
  private static String trimSemicolons(StringBuilder sql) {
    int n = sql.length();
    while (n > 0 && (Character.isWhitespace(sql.charAt(n - 1)) || sql.charAt(n - 1) == ';')) {
      n--;
    }
    return sql.substring(0, n);
  }

  private static int skipSpace(String sql, int i) {
    while (i < sql.length() && Character.isWhitespace(sql.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Returns the end of a quoted token; a doubled quote character stands for itself. */
  static int quoted(String sql, int start, char quote) {
    int i = start + 1;
    while (i < sql.length()) {
      if (sql.charAt(i) == quote) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return sql.length();
  }
}
