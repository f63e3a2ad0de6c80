package io.looksql.benchmarks;

import io.looksql.client.LookerClient;
import io.looksql.client.QueryRows;
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
 * What preparing a SQL text the connection has not seen costs (BI tools send mostly new texts):
 * {@code prepareStatement} of texts that differ in a literal, in four shapes (grouped measure,
 * filter on two dimensions, CTE joined to itself, ORDER BY + LIMIT), with the time of each stage
 * from Calcite's hooks; against one Looker call of a small query, the cost a statement pays anyway.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * io.looksql.benchmarks.NewTextPrepareBenchmark [texts=400] [warmup=100]}.
 */
public final class NewTextPrepareBenchmark {
  private static final String[] SHAPES = {
      "SELECT `products.brand`, AGGREGATE(`products.count`) FROM ecommerce.products "
          + "WHERE `products.category` = 'c%d' GROUP BY `products.brand`",
      "SELECT `users.country`, `users.city` FROM ecommerce.users "
          + "WHERE `users.age` > %d AND `users.country` <> 'x' GROUP BY 1, 2",
      "WITH b AS (SELECT `products.brand` AS brand, AGGREGATE(`products.count`) AS n "
          + "FROM ecommerce.products GROUP BY `products.brand`) "
          + "SELECT b1.brand, b1.n FROM b b1 JOIN b b2 ON b1.brand = b2.brand WHERE b1.n > %d",
      "SELECT `order_items.status`, AGGREGATE(`order_items.total_sale_price`) AS t "
          + "FROM ecommerce.order_items GROUP BY 1 ORDER BY t DESC LIMIT %d",
  };

  private NewTextPrepareBenchmark() {
  }

  /** Runs the benchmark and prints its figures. */
  public static void main(String[] args) throws Exception {
    int texts = args.length > 0 ? Integer.parseInt(args[0]) : 400;
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    try (LookerEmulator emulator = BenchmarkLooker.start(0.1);
        LookerClient client = BenchmarkLooker.adminClient(emulator);
        Connection connection = DriverManager.getConnection(
            BenchmarkLooker.driverUrl(emulator, ""))) {
      PrepareStages stages = new PrepareStages();
      for (int i = 0; i < warmup + texts; i++) {
        String sql = String.format(Locale.ROOT, SHAPES[i % SHAPES.length], 1000 + i);
        stages.prepare(connection, sql, i >= warmup);
      }
      List<Double> total = stages.totals();
      List<Double> looker = lookerCalls(connection, client, 30);
      System.out.printf(Locale.ROOT, "prepareStatement of a new text: median %.2f ms, p90 %.2f ms"
          + " (%d texts in %d shapes; stage medians:%s)%n", Medians.median(total),
          Medians.percentile(total, 90), texts, SHAPES.length, stages.stageMedians());
      System.out.printf(Locale.ROOT, "one Looker call of a small grouped query (looker-client): "
          + "median %.2f ms; prepare / Looker call = %.2f%n", Medians.median(looker),
          Medians.median(total) / Medians.median(looker));
    }
  }

  /** Times the Looker query of the first shape, sent with looker-client. */
  private static List<Double> lookerCalls(Connection connection, LookerClient client, int n)
      throws Exception {
    AtomicReference<Object> sent = new AtomicReference<>();
    Consumer<Object> capture = sent::set;
    String sql = String.format(Locale.ROOT, SHAPES[0], 0).replace("'c0'", "'Jeans'");
    try (Hook.Closeable h = Hook.QUERY_PLAN.addThread(capture);
        PreparedStatement p = connection.prepareStatement(sql);
        ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        rs.getObject(1);
      }
    }
    WriteQuery query = SentQuery.of(sent.get());
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      long t0 = System.nanoTime();
      try (QueryRows rows = client.runQuery(query)) {
        rows.rows().forEach(r -> r.get(0));
      }
      times.add(Medians.since(t0));
    }
    return times;
  }
}
