package io.looksql.jdbc;

import io.looksql.catalog.LookSqlException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.parser.SqlParseException;

/**
 * Turns whatever a statement failed with into the SQLException a person can act on: an SQLState
 * by the standard's classes and a message of a few lines that names the position and the
 * identifier, never Calcite's planner dump. This is the one place where LookSQL's failures get
 * their SQLState: the catalog's {@link LookSqlException}s (refusals {@code 0A000}, cancels,
 * time-outs and others carry their own), Calcite's parse ({@code 42000}) and validation errors
 * ({@code 42S02} unknown table, {@code 42S22} unknown column, {@code 42000} otherwise), a text
 * value that can't be converted to a number ({@code 22018}, naming the value), and statements
 * that would write
 * ({@code 25006}, before they are parsed).
 */
public final class SqlFailures {
  /** SQLState of a syntax error or an access rule violation. */
  public static final String SYNTAX = "42000";
  /** SQLState of an unknown table. */
  public static final String UNKNOWN_TABLE = "42S02";
  /** SQLState of an unknown column. */
  public static final String UNKNOWN_COLUMN = "42S22";
  /** SQLState of a statement LookSQL refuses, as written: feature not supported. */
  public static final String REFUSED = "0A000";
  /** SQLState of a statement that would write: read-only SQL transaction. */
  public static final String READ_ONLY = "25006";
  /** SQLState of a value that can't be converted: invalid character value for cast. */
  public static final String INVALID_CAST = "22018";
  /** SQLState of a failure that has no better class. */
  public static final String GENERAL = "HY000";

  private static final Set<String> WRITES = Set.of("INSERT", "UPDATE", "DELETE", "MERGE",
      "UPSERT", "REPLACE");
  private static final Set<String> DEFINITIONS = Set.of("CREATE", "DROP", "ALTER", "TRUNCATE",
      "GRANT", "REVOKE", "RENAME", "COMMENT");
  private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
  private static final Pattern INPUT = Pattern.compile("For input string: \"(.*)\"",
      Pattern.DOTALL);
  private static final int MAX_LINES = 4;

  private SqlFailures() {
  }

  /** Throws if a statement would write or define data: LookSQL only reads. */
  public static void checkReadOnly(String sql) throws SQLException {
    String word = firstWord(sql);
    if (WRITES.contains(word)) {
      throw new SQLException("LookSQL is read-only: " + word + " is not supported (Looker "
          + "explores can only be queried)", READ_ONLY);
    }
    if (DEFINITIONS.contains(word)) {
      throw new SQLException("LookSQL is read-only: " + word + " is not supported (schemas and "
          + "tables are Looker's models and explores)", REFUSED);
    }
  }

  /** Returns the failure with an SQLState and a short message (the same if it had a state). */
  public static SQLException of(SQLException e) {
    if (e.getSQLState() != null) {
      return e;
    }
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof SQLException s && s.getSQLState() != null) {
        return s;
      }
      if (t instanceof LookSqlException failure) {
        return new SQLException(failure.getMessage(), failure.sqlState(), e);
      }
      if (t instanceof NumberFormatException n) {
        return new SQLException(conversion(n), INVALID_CAST, e);
      }
      if (t instanceof SqlParseException p) {
        return new SQLException("Syntax error: " + shortened(p.getMessage()), SYNTAX, e);
      }
      if (t instanceof CalciteContextException c) {
        return new SQLException(shortened(c.getMessage()), validationState(c), e);
      }
    }
    return new SQLException(shortened(e.getMessage()), GENERAL, e);
  }

  /**
   * Returns the message of a text value that Calcite's generated code could not convert to a
   * number (Java's parsers say only "For input string"), naming the value.
   */
  private static String conversion(NumberFormatException n) {
    Matcher m = INPUT.matcher(String.valueOf(n.getMessage()));
    String value = m.find() ? "'" + m.group(1) + "'" : "a text value";
    return "Can't convert " + value + " to a number: the statement compares a text column with a "
        + "number, or casts it to one, and that converts every value the column holds. Compare "
        + "the column with text instead (a quoted literal, or CAST the number AS VARCHAR)";
  }

  /** Returns the SQLState of a validation error from its message, as Calcite gives no code. */
  private static String validationState(CalciteContextException c) {
    String m = c.getCause() == null ? c.getMessage() : c.getCause().getMessage();
    m = m == null ? "" : m;
    if (m.startsWith("Column ") && m.contains(" not found")) {
      return UNKNOWN_COLUMN;
    }
    if ((m.startsWith("Object ") || m.startsWith("Table ")) && m.contains(" not found")) {
      Matcher q = QUOTED.matcher(m);
      return q.find() ? UNKNOWN_TABLE : SYNTAX;
    }
    return SYNTAX;
  }

  /** Returns the first lines of a message, without Calcite's "Error while …" preamble. */
  static String shortened(String message) {
    if (message == null) {
      return "LookSQL could not run this statement";
    }
    String m = message;
    int sqlEnd = m.startsWith("Error while executing SQL \"") ? m.indexOf("\": ") : -1;
    if (sqlEnd > 0) {
      m = m.substring(sqlEnd + 3);
    }
    if (m.startsWith("parse failed: ")) {
      m = m.substring("parse failed: ".length());
    }
    String[] lines = m.split("\n");
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < lines.length && i < MAX_LINES; i++) {
      if (lines[i].startsWith("Was expecting")) {
        break;
      }
      b.append(i == 0 ? "" : "\n").append(lines[i]);
    }
    return b.length() > 600 ? b.substring(0, 600) + "…" : b.toString().strip();
  }

  private static String firstWord(String sql) {
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (Character.isWhitespace(c) || c == '(') {
        i++;
      } else if (sql.startsWith("--", i)) {
        int e = sql.indexOf('\n', i);
        i = e < 0 ? n : e + 1;
      } else if (sql.startsWith("/*", i)) {
        int e = sql.indexOf("*/", i + 2);
        i = e < 0 ? n : e + 2;
      } else {
        break;
      }
    }
    int j = i;
    while (j < n && Character.isLetter(sql.charAt(j))) {
      j++;
    }
    return sql.substring(i, j).toUpperCase(Locale.ROOT);
  }
}
