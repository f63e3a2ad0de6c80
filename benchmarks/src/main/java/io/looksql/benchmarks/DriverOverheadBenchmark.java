package io.looksql.benchmarks;

import io.looksql.client.LookerClient;
import io.looksql.client.QueryRows;
import io.looksql.client.Row;
import io.looksql.client.model.WriteQuery;
import io.looksql.emulator.LookerEmulator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.calcite.runtime.Hook;

/**
 * Latency of the JDBC driver against the same Looker query sent with looker-client directly, in
 * one run against one emulator:
 *
 * <ol>
 *   <li><b>1 row</b>: {@code SELECT AGGREGATE(`order_items.total_sale_price`) … WHERE status =
 *       'Complete'}, a fresh {@code prepareStatement} + {@code executeQuery} + reading the row,
 *       against {@code runQuery} of the same WriteQuery + reading the row; once on a connection
 *       with its plan cache (the default), where preparing the text again reuses its plan, and
 *       once on a connection without ({@code planCacheSize=0}), where every prepare plans;
 *   <li><b>100,000 rows</b>: {@code SELECT `order_items.id`, `order_items.sale_price` … ORDER BY
 *       1 LIMIT 100000}, every value read through {@code getObject} / {@code Row.get};
 *   <li><b>re-execute</b>: one PreparedStatement ({@code … WHERE status = ?}) executed with a new
 *       parameter each round, against the client; and how often Calcite plans during those
 *       executions ({@code Hook.CONVERTED}, {@code Hook.PLANNER} counted: parsing, validation
 *       and planning all happen in {@code prepareStatement}).
 * </ol>
 *
 * <p>Each round runs the driver and the client back to back (alternating which goes first);
 * figures are medians over the measured rounds after warm-up rounds.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * io.looksql.benchmarks.DriverOverheadBenchmark [scale=1] [rounds=30] [warmup=10]}.
 */
public final class DriverOverheadBenchmark {
  private static final String[] STATUSES = {"Complete", "Shipped", "Processing", "Returned",
      "Cancelled"};

  private DriverOverheadBenchmark() {
  }

  /** Runs the benchmark and prints its figures. */
  public static void main(String[] args) throws Exception {
    double scale = args.length > 0 ? Double.parseDouble(args[0]) : 1;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    try (LookerEmulator emulator = BenchmarkLooker.start(scale);
        LookerClient client = BenchmarkLooker.adminClient(emulator);
        Connection connection = DriverManager.getConnection(
            BenchmarkLooker.driverUrl(emulator, ""));
        Connection uncached = DriverManager.getConnection(
            BenchmarkLooker.driverUrl(emulator, ";planCacheSize=0"))) {
      System.out.printf(Locale.ROOT, "scale %s, %d warm-up + %d measured rounds, %d cores%n",
          scale, warmup, rounds, Runtime.getRuntime().availableProcessors());

      String small = "SELECT AGGREGATE(`order_items.total_sale_price`) AS revenue"
          + " FROM ecommerce.order_items WHERE `order_items.status` = 'Complete'";
      WriteQuery smallQuery = WriteQuery.builder("ecommerce", "order_items")
          .fields("order_items.total_sale_price").filter("order_items.status", "Complete")
          .limit(50_000).queryTimezone("UTC").build();
      compare("1 row, prepare + execute, plan cache (the connection's default)", connection,
          client, small, smallQuery, rounds, warmup);
      compare("1 row, prepare + execute, planned every time (planCacheSize=0)", uncached,
          client, small, smallQuery, rounds, warmup);

      String big = "SELECT `order_items.id`, `order_items.sale_price` FROM ecommerce.order_items"
          + " ORDER BY `order_items.id` LIMIT 100000";
      WriteQuery bigQuery = WriteQuery.builder("ecommerce", "order_items")
          .fields("order_items.id", "order_items.sale_price").sorts("order_items.id")
          .limit(100_000).queryTimezone("UTC").build();
      compare("100,000 rows, prepare + execute, plan cache", connection, client, big, bigQuery,
          Math.max(5, rounds / 3), Math.max(2, warmup / 3));
      compare("100,000 rows, prepare + execute, planned every time (planCacheSize=0)", uncached,
          client, big, bigQuery, Math.max(5, rounds / 3), Math.max(2, warmup / 3));

      preparedOnce("100,000 rows, prepared once (row conversion only)", connection, client, big,
          bigQuery, Math.max(5, rounds / 3), Math.max(2, warmup / 3));
      reexecute(connection, client, rounds, warmup);
      breakdown(uncached, small, rounds + warmup);
    }
  }

  /**
   * Where {@code prepareStatement} spends its time, from Calcite's hooks: parse, validate and
   * convert to relational algebra, optimize (the Looker pre-pass and Calcite's programs),
   * generate the Java code, and the rest (compiling it with Janino, building the statement);
   * and {@code VALUES 1}, which never reaches Looker, as the floor of Calcite's own cost.
   */
  private static void breakdown(Connection connection, String sql, int runs)
      throws SQLException {
    PrepareStages stages = new PrepareStages();
    List<Double> values = new ArrayList<>();
    for (int r = 0; r < runs; r++) {
      stages.prepare(connection, sql, true);
      long t0 = System.nanoTime();
      connection.prepareStatement("VALUES 1").close();
      values.add((System.nanoTime() - t0) / 1e6);
    }
    System.out.println("prepareStatement of the 1-row query, medians of " + runs + ":"
        + stages.stageMedians() + String.format(Locale.ROOT,
        " (prepareStatement(\"VALUES 1\") %.2f ms)", median(values)));
  }

  /** Driver (prepare + execute + read) vs client (run + read), alternating, medians. */
  private static void compare(String name, Connection connection, LookerClient client,
      String sql, WriteQuery query, int rounds, int warmup) throws SQLException {
    AtomicReference<Object> sent = new AtomicReference<>();
    java.util.function.Consumer<Object> capture = sent::set;
    try (Hook.Closeable h = Hook.QUERY_PLAN.addThread(capture)) {
      driverRun(connection, sql, null);
    }
    System.out.println(name + "\n  driver sends: " + sent.get());
    List<Double> driver = new ArrayList<>();
    List<Double> prepare = new ArrayList<>();
    List<Double> direct = new ArrayList<>();
    long rows = 0;
    for (int i = 0; i < warmup + rounds; i++) {
      double[] d = null;
      double c;
      if (i % 2 == 0) {
        d = driverRun(connection, sql, null);
        c = clientRun(client, query);
      } else {
        c = clientRun(client, query);
        d = driverRun(connection, sql, null);
      }
      if (i >= warmup) {
        driver.add(d[0]);
        prepare.add(d[1]);
        direct.add(c);
        rows = (long) d[2];
      }
    }
    report(rows, driver, prepare, direct);
  }

  /** The same comparison with the statement prepared once: what remains is reading rows. */
  private static void preparedOnce(String name, Connection connection, LookerClient client,
      String sql, WriteQuery query, int rounds, int warmup) throws SQLException {
    List<Double> driver = new ArrayList<>();
    List<Double> direct = new ArrayList<>();
    long rows = 0;
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      for (int i = 0; i < warmup + rounds; i++) {
        double d;
        double c;
        long[] n = new long[1];
        if (i % 2 == 0) {
          d = executeAll(p, n);
          c = clientRun(client, query);
        } else {
          c = clientRun(client, query);
          d = executeAll(p, n);
        }
        if (i >= warmup) {
          driver.add(d);
          direct.add(c);
          rows = n[0];
        }
      }
    }
    System.out.println(name);
    report(rows, driver, List.of(0d), direct);
  }

  private static double executeAll(PreparedStatement p, long[] rows) throws SQLException {
    long t0 = System.nanoTime();
    try (ResultSet rs = p.executeQuery()) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        for (int i = 1; i <= n; i++) {
          rs.getObject(i);
        }
        rows[0]++;
      }
    }
    return (System.nanoTime() - t0) / 1e6;
  }

  private static void reexecute(Connection connection, LookerClient client, int rounds,
      int warmup) throws SQLException {
    String sql = "SELECT AGGREGATE(`order_items.total_sale_price`) AS revenue"
        + " FROM ecommerce.order_items WHERE `order_items.status` = ?";
    AtomicInteger planned = new AtomicInteger();
    List<Double> driver = new ArrayList<>();
    List<Double> direct = new ArrayList<>();
    long t0 = System.nanoTime();
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      double prepareMs = (System.nanoTime() - t0) / 1e6;
      java.util.function.Consumer<Object> count = x -> planned.incrementAndGet();
      try (Hook.Closeable a = Hook.CONVERTED.addThread(count);
           Hook.Closeable b = Hook.PLANNER.addThread(count)) {
        for (int i = 0; i < warmup + rounds; i++) {
          String status = STATUSES[i % STATUSES.length];
          WriteQuery query = WriteQuery.builder("ecommerce", "order_items")
              .fields("order_items.total_sale_price").filter("order_items.status", status)
              .limit(50_000).queryTimezone("UTC").build();
          double d;
          double c;
          if (i % 2 == 0) {
            d = execute(p, status);
            c = clientRun(client, query);
          } else {
            c = clientRun(client, query);
            d = execute(p, status);
          }
          if (i >= warmup) {
            driver.add(d);
            direct.add(c);
          }
        }
      }
      double md = median(driver);
      double mc = median(direct);
      System.out.printf(Locale.ROOT, "re-executed PreparedStatement, new parameter each time"
          + " (prepared once in %.1f ms)%n  driver execute %.2f ms, client %.2f ms, overhead"
          + " %+.2f ms (%+.1f%%); Calcite planning hooks fired %d times in %d executions%n",
          prepareMs, md, mc, md - mc, 100 * (md - mc) / mc, planned.get(), warmup + rounds);
    }
  }

  /** Returns {total ms, of which prepareStatement ms, rows}. */
  private static double[] driverRun(Connection connection, String sql, String param)
      throws SQLException {
    long t0 = System.nanoTime();
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      long t1 = System.nanoTime();
      long rows = 0;
      try (ResultSet rs = p.executeQuery()) {
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          for (int i = 1; i <= n; i++) {
            rs.getObject(i);
          }
          rows++;
        }
      }
      long t2 = System.nanoTime();
      return new double[] {(t2 - t0) / 1e6, (t1 - t0) / 1e6, rows};
    }
  }

  private static double execute(PreparedStatement p, String status) throws SQLException {
    long t0 = System.nanoTime();
    p.setString(1, status);
    try (ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        rs.getObject(1);
      }
    }
    return (System.nanoTime() - t0) / 1e6;
  }

  private static double clientRun(LookerClient client, WriteQuery query) {
    long t0 = System.nanoTime();
    try (QueryRows rows = client.runQuery(query)) {
      int n = rows.fieldNames().size();
      for (Row row : rows.rows()) {
        for (int i = 0; i < n; i++) {
          row.get(i);
        }
      }
    }
    return (System.nanoTime() - t0) / 1e6;
  }

  private static void report(long rows, List<Double> driver, List<Double> prepare,
      List<Double> direct) {
    double md = median(driver);
    double mc = median(direct);
    System.out.printf(Locale.ROOT, "  %,d rows: driver %.2f ms (prepareStatement %.2f ms),"
        + " client %.2f ms, overhead %+.2f ms = %+.1f%% (medians of %d; driver range %.1f-%.1f,"
        + " client range %.1f-%.1f)%n", rows, md, median(prepare), mc, md - mc,
        100 * (md - mc) / mc, driver.size(), Collections.min(driver), Collections.max(driver),
        Collections.min(direct), Collections.max(direct));
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
