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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.calcite.runtime.Hook;

/**
 * A wide {@code SELECT *} as a tool's data preview sends it: every column of the sample model's
 * widest explore ({@code order_items}, its dimensions and measures), {@code LIMIT rows}, every
 * value read; split into prepare, execute (to the first row) and reading; against the same
 * Looker query sent with looker-client, every value read. Alternating, medians after warm-up.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * io.looksql.benchmarks.WideSelectBenchmark [rows=1000] [rounds=15] [warmup=3]}.
 */
public final class WideSelectBenchmark {
  private WideSelectBenchmark() {
  }

  /** Runs the benchmark and prints its figures. */
  public static void main(String[] args) throws Exception {
    int limit = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    String sql = "SELECT * FROM ecommerce.order_items LIMIT " + limit;
    try (LookerEmulator emulator = BenchmarkLooker.start(0.1);
        LookerClient client = BenchmarkLooker.adminClient(emulator);
        Connection connection = DriverManager.getConnection(
            BenchmarkLooker.driverUrl(emulator, ";planCacheSize=0"))) {
      AtomicReference<Object> sent = new AtomicReference<>();
      Consumer<Object> capture = sent::set;
      double[] first;
      try (Hook.Closeable h = Hook.QUERY_PLAN.addThread(capture)) {
        first = driver(connection, sql);
      }
      WriteQuery query = SentQuery.of(sent.get());
      System.out.printf(Locale.ROOT, "%s: %d columns, %d rows; the first run %.0f ms%n", sql,
          (int) first[4], (int) first[5], first[0]);
      List<List<Double>> d = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        d.add(new ArrayList<>());
      }
      List<Double> c = new ArrayList<>();
      for (int i = 0; i < warmup + rounds; i++) {
        double[] t;
        double k;
        if (i % 2 == 0) {
          t = driver(connection, sql);
          k = client(client, query);
        } else {
          k = client(client, query);
          t = driver(connection, sql);
        }
        if (i >= warmup) {
          for (int s = 0; s < 4; s++) {
            d.get(s).add(t[s]);
          }
          c.add(k);
        }
      }
      System.out.printf(Locale.ROOT, "driver: %.0f ms (prepare %.1f, execute to first row %.0f,"
          + " reading %.0f); looker-client: %.0f ms; driver / client = %.2f (medians of %d)%n",
          Medians.median(d.get(0)), Medians.median(d.get(1)), Medians.median(d.get(2)),
          Medians.median(d.get(3)), Medians.median(c), Medians.median(d.get(0))
              / Medians.median(c), rounds);
    }
  }

  /** Returns total, prepare, execute, read milliseconds, the columns and the rows. */
  private static double[] driver(Connection connection, String sql) throws Exception {
    long t0 = System.nanoTime();
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      long t1 = System.nanoTime();
      try (ResultSet rs = p.executeQuery()) {
        long t2 = System.nanoTime();
        int n = rs.getMetaData().getColumnCount();
        long rows = 0;
        while (rs.next()) {
          for (int i = 1; i <= n; i++) {
            rs.getObject(i);
          }
          rows++;
        }
        long t3 = System.nanoTime();
        return new double[] {(t3 - t0) / 1e6, (t1 - t0) / 1e6, (t2 - t1) / 1e6,
            (t3 - t2) / 1e6, n, rows};
      }
    }
  }

  private static double client(LookerClient client, WriteQuery query) {
    long t0 = System.nanoTime();
    try (QueryRows rows = client.runQuery(query)) {
      int n = rows.fieldNames().size();
      for (Row row : rows.rows()) {
        for (int i = 0; i < n; i++) {
          row.get(i);
        }
      }
    }
    return Medians.since(t0);
  }
}
