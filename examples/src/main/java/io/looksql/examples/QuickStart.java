package io.looksql.examples;

import io.looksql.emulator.LookerEmulator;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Starts the Looker emulator with the sample e-commerce model, connects to it with the LookSQL
 * JDBC driver, and runs a few statements: each prints its rows and the Looker query it became,
 * or, for the one LookSQL refuses, the message that says why and what to write instead.
 *
 * <p>Run: {@code java -jar examples/target/looksql-demo.jar [scale]} (default scale 0.1, about
 * 10,000 order items). Against a real Looker instance only the connect string changes:
 * {@code jdbc:looksql:url=https://your.looker.com;clientId=...;clientSecret=...}.
 */
public final class QuickStart {
  /** The statements the quick start runs, each with a line saying what it shows. */
  static final List<Example> EXAMPLES = List.of(
      new Example("Revenue by product category: one Looker query, measures computed by Looker",
          "SELECT `products.category`, AGGREGATE(`order_items.total_sale_price`) AS revenue,\n"
              + "       AGGREGATE(`order_items.order_count`) AS orders\n"
              + "FROM ecommerce.order_items\n"
              + "WHERE `order_items.status` <> 'Cancelled'\n"
              + "GROUP BY `products.category` ORDER BY revenue DESC LIMIT 5"),
      new Example("Average age per gender over a fan-out join: symmetric aggregates keep it exact",
          "SELECT `users.gender`, AGGREGATE(`users.average_age`) AS average_age,\n"
              + "       AGGREGATE(`order_items.count`) AS items\n"
              + "FROM ecommerce.users GROUP BY `users.gender` ORDER BY `users.gender`"),
      new Example("Monthly orders in 2024, Calcite ranking Looker's rows with a window function",
          "SELECT order_month, orders, RANK() OVER (ORDER BY orders DESC) AS rank_in_year\n"
              + "FROM (SELECT `orders.created_month` AS order_month,\n"
              + "             AGGREGATE(`orders.count`) AS orders\n"
              + "      FROM ecommerce.orders WHERE `orders.created_year` = 2024\n"
              + "      GROUP BY `orders.created_month`) AS m\n"
              + "ORDER BY order_month"),
      new Example("Each category's share of revenue: a CTE used twice, Calcite over Looker's "
              + "values",
          "WITH c AS (SELECT `products.category` AS category,\n"
              + "                  AGGREGATE(`order_items.total_sale_price`) AS revenue\n"
              + "           FROM ecommerce.order_items GROUP BY `products.category`)\n"
              + "SELECT category, revenue, ROUND(100 * revenue / (SELECT SUM(revenue) FROM c), 1)"
              + " AS pct\n"
              + "FROM c ORDER BY revenue DESC LIMIT 5"),
      Example.refused("Never a wrong answer: a distinct count can't be rolled up from Looker's "
              + "groups, so this is refused",
          "SELECT UPPER(`products.brand`) AS brand,\n"
              + "       AGGREGATE(`order_items.order_count`) AS orders\n"
              + "FROM ecommerce.order_items GROUP BY UPPER(`products.brand`)"));

  private QuickStart() {
  }

  /** Runs the quick start and prints to standard output. */
  public static void main(String[] args) throws SQLException {
    double scale = args.length > 0 ? Double.parseDouble(args[0]) : 0.1;
    System.err.println("Starting the Looker emulator with the sample model (scale " + scale
        + ")...");
    try (LookerEmulator looker = LookerEmulator.builder().scale(scale).start();
         Connection connection = DriverManager.getConnection(connectString(looker))) {
      for (Example example : EXAMPLES) {
        run(connection, example, System.out);
      }
    }
  }

  /** Returns the connect string for the emulator's admin API credentials. */
  static String connectString(LookerEmulator looker) {
    return "jdbc:looksql:url=" + looker.baseUrl() + ";clientId=" + looker.adminClientId()
        + ";clientSecret=" + looker.adminClientSecret();
  }

  /** Runs one example: prints what it shows, the SQL, its rows and its Looker query. */
  static void run(Connection connection, Example example, PrintStream out) throws SQLException {
    out.println("-- " + example.title());
    out.println(example.sql() + ";");
    if (example.refusal()) {
      try {
        connection.prepareStatement(example.sql()).close();
      } catch (SQLException e) {
        out.println("Refused (SQLState " + e.getSQLState() + "): " + e.getMessage());
        out.println();
        return;
      }
      throw new IllegalStateException("Expected LookSQL to refuse: " + example.sql());
    }
    try (PreparedStatement statement = connection.prepareStatement(example.sql());
         ResultSet rows = statement.executeQuery()) {
      TablePrinter.print(rows, out);
    }
    try (PreparedStatement explain =
             connection.prepareStatement("EXPLAIN PLAN FOR " + example.sql());
         ResultSet plan = explain.executeQuery()) {
      out.println("Plan (each LookerQuery is one Looker API call):");
      while (plan.next()) {
        out.println(plan.getString(1).strip());
      }
    }
    out.println();
  }

  /**
   * A statement of the quick start and a line saying what it shows.
   *
   * @param refusal whether LookSQL refuses it (the example shows the message)
   */
  record Example(String title, String sql, boolean refusal) {
    Example(String title, String sql) {
      this(title, sql, false);
    }

    static Example refused(String title, String sql) {
      return new Example(title, sql, true);
    }
  }
}
