package io.looksql.benchmarks;

import io.looksql.emulator.LookerEmulator;
import io.looksql.gateway.AuthMode;
import io.looksql.gateway.GatewayServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.Locale;

/**
 * Rows per second of one large result through the gateway (Avatica thin client, protobuf, fetch
 * size 5,000, pass-through as the emulator's admin) against the same statement through the
 * embedded driver, in the same run and JVM, alternating which goes first; with the live heap
 * (what survives collection, above the level before the read) at two row counts, to show whether
 * the gateway's heap grows with the rows.
 *
 * <p>Arguments: {@code [rows] [rounds] [scale]}, default 1,000,000 rows, 3 rounds, scale 10
 * (999,037 order items; the LIMIT caps the rows).
 */
public final class GatewayThroughputBenchmark {
  private GatewayThroughputBenchmark() {
  }

  /** Runs the benchmark. */
  public static void main(String[] args) throws Exception {
    long rows = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    double scale = args.length > 2 ? Double.parseDouble(args[2]) : 10;
    try (LookerEmulator looker = BenchmarkLooker.start(scale);
        GatewayServer gateway = GatewayServer.builder().lookerUrl(looker.baseUrl())
            .authModes(EnumSet.of(AuthMode.PASSTHROUGH)).port(0).maxRows(rows).start();
        HeapSampler heap = new HeapSampler()) {
      String embedded = BenchmarkLooker.driverUrl(looker, ";rowLimit=" + rows);
      String thin = "jdbc:avatica:remote:url=" + gateway.url() + ";serialization=protobuf"
          + ";fetch_size=5000;authentication=BASIC;avatica_user=" + looker.adminClientId()
          + ";avatica_password=" + looker.adminClientSecret();
      for (long n : new long[] {rows / 10, rows}) {
        String sql = "SELECT `order_items.id`, `order_items.status`, `order_items.sale_price`,"
            + " `order_items.created_time` FROM ecommerce.order_items ORDER BY 1 LIMIT " + n;
        read(embedded, sql, heap);  // warm-up, both paths
        read(thin, sql, heap);
        for (int round = 0; round < rounds; round++) {
          Result[] r = new Result[2];
          boolean driverFirst = round % 2 == 0;
          r[driverFirst ? 0 : 1] = read(driverFirst ? embedded : thin, sql, heap);
          r[driverFirst ? 1 : 0] = read(driverFirst ? thin : embedded, sql, heap);
          Result driver = driverFirst ? r[0] : r[1];
          Result viaGateway = driverFirst ? r[1] : r[0];
          System.out.printf(Locale.ROOT, "%,d rows, round %d: driver %,.0f rows/s (live heap +%d MB),"
              + " gateway %,.0f rows/s (live heap +%d MB): %.2f of the driver%n", n, round + 1,
              driver.rate(), driver.heapMb(), viaGateway.rate(), viaGateway.heapMb(),
              viaGateway.rate() / driver.rate());
        }
      }
    }
  }

  /** Rows read, time taken, live heap growth. */
  private record Result(long rows, long nanos, long heapBytes) {
    double rate() {
      return rows / (nanos / 1e9);
    }

    long heapMb() {
      return heapBytes >> 20;
    }
  }

  private static Result read(String url, String sql, HeapSampler heap) throws Exception {
    long base = heap.settle();
    long start = System.nanoTime();
    long count = 0;
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      s.setFetchSize(5000);
      while (rs.next()) {
        rs.getObject(1);
        rs.getObject(2);
        rs.getObject(3);
        rs.getObject(4);
        count++;
      }
    }
    return new Result(count, System.nanoTime() - start, heap.peakBytes() - base);
  }
}
