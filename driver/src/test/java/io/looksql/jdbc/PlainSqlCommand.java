package io.looksql.jdbc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.hydromatic.quidem.AbstractCommand;
import net.hydromatic.quidem.Command;
import net.hydromatic.quidem.CommandHandler;
import net.hydromatic.quidem.Quidem;

/**
 * The Quidem command {@code !plain}: the lines above it are plain SQL on the emulator's database
 * (the reference connection) that must give the same rows as the script's previous statement
 * through the driver. It is how a script's expected answers are checked against the database
 * rather than copied from the driver's output.
 *
 * <pre>
 * select `products.brand` from ecommerce.products where `products.brand` = 'a,b';
 * ... rows ...
 * !ok
 * select distinct brand from products where brand = 'a,b'
 * !plain
 * </pre>
 *
 * <p>The plain SQL has no trailing semicolon (Quidem would read it as a statement of its own).
 * Values compare as {@link SharedLooker#rows(ResultSet)} prints them (numbers by value, to 10
 * significant digits: H2 returns BIGINT or DECIMAL where the driver returns DOUBLE), except dates and timestamps, which compare as the wall-clock text
 * {@code getString} gives: a driver connection in {@code timeZone=America/Los_Angeles} and the
 * database (UTC wall-clock values) turn them into different {@code java.sql} instants. Rows
 * compare in order when the statement ends with an {@code ORDER BY}, else as sorted lists. An empty result fails the check, since a check that can't fail proves nothing. On a
 * difference, both row lists are written above {@code !plain}, so the script's diff shows them.
 */
final class PlainSqlCommand extends AbstractCommand {
  /** Parses {@code !plain}; Quidem asks it about every command it does not know. */
  static final CommandHandler HANDLER = (lines, content, line) ->
      line.equals("plain") ? new PlainSqlCommand(lines, content) : null;

  private final List<String> lines;
  private final List<String> plainSql;

  private PlainSqlCommand(List<String> lines, List<String> plainSql) {
    this.lines = List.copyOf(lines);
    this.plainSql = List.copyOf(plainSql);
  }

  @Override public void execute(Command.Context x, boolean execute) throws Exception {
    x.echo(plainSql);
    if (execute) {
      Quidem.SqlCommand statement = x.previousSqlCommand();
      try {
        List<String> driver = rows(x.connection(), statement.sql, statement.sort);
        List<String> plain = rows(x.refConnection(), String.join("\n", plainSql), statement.sort);
        if (driver.isEmpty() || !driver.equals(plain)) {
          x.writer().println("# !plain check failed" + (driver.isEmpty() ? " (no rows)" : ""));
          x.writer().println("# driver: " + driver);
          x.writer().println("# plain:  " + plain);
        }
      } catch (SQLException e) {
        x.writer().println("# !plain check failed: " + e.getMessage());
      }
    }
    x.echo(lines);
  }

  private static List<String> rows(Connection connection, String sql, boolean sort)
      throws SQLException {
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      List<String> rows = new ArrayList<>();
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          row.append(value(rs, i)).append('|');
        }
        rows.add(row.toString());
      }
      if (sort) {
        Collections.sort(rows);
      }
      return rows;
    }
  }

  private static String value(ResultSet rs, int i) throws SQLException {
    switch (rs.getMetaData().getColumnType(i)) {
    case Types.DATE, Types.TIME, Types.TIMESTAMP:
      String text = rs.getString(i);
      // H2 prints whole seconds without a fraction, the driver with milliseconds.
      return text == null ? "null" : text.replaceFirst("\\.0+$", "");
    default:
      Object v = rs.getObject(i);
      return v instanceof Number num
          ? new BigDecimal(num.toString()).round(new MathContext(10)).stripTrailingZeros()
              .toPlainString()
          : String.valueOf(v);
    }
  }
}
