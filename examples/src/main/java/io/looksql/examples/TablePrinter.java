package io.looksql.examples;

import java.io.PrintStream;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Prints a result set as a plain text table, the way SQL shells do. */
final class TablePrinter {
  private TablePrinter() {
  }

  /** Prints every row of {@code rows} with a header line and returns the row count. */
  static int print(ResultSet rows, PrintStream out) throws SQLException {
    ResultSetMetaData meta = rows.getMetaData();
    int columns = meta.getColumnCount();
    List<String[]> lines = new ArrayList<>();
    String[] header = new String[columns];
    for (int i = 0; i < columns; i++) {
      header[i] = meta.getColumnLabel(i + 1);
    }
    lines.add(header);
    while (rows.next()) {
      String[] line = new String[columns];
      for (int i = 0; i < columns; i++) {
        line[i] = String.valueOf(rows.getString(i + 1));
      }
      lines.add(line);
    }
    int[] widths = new int[columns];
    for (String[] line : lines) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], line[i].length());
      }
    }
    for (int n = 0; n < lines.size(); n++) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        text.append(i == 0 ? "" : " | ").append(String.format(Locale.ROOT, "%-" + widths[i] + "s", lines.get(n)[i]));
      }
      out.println(text.toString().stripTrailing());
      if (n == 0) {
        out.println("-".repeat(text.toString().stripTrailing().length()));
      }
    }
    out.println("(" + (lines.size() - 1) + " rows)");
    return lines.size() - 1;
  }
}
