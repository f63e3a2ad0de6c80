package io.looksql.benchmarks;

import io.looksql.emulator.LookerEmulator;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * Measures how fast the emulator streams a large result in each format, and how much server heap
 * that takes, against a plain JDBC read of the same rows from the same database in the same run.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar io.looksql.benchmarks.EmulatorStreamingBenchmark
 * [rows=1000000] [scale=10]}. The sample data lives in an H2 file database so that it does not
 * count as heap.
 */
public final class EmulatorStreamingBenchmark {
  private static final List<String> FORMATS = List.of("csv", "json", "json_bi", "json_detail", "txt");

  private EmulatorStreamingBenchmark() {
  }

  /** Runs the benchmark and prints one line per format. */
  public static void main(String[] args) throws Exception {
    long rows = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
    double scale = args.length > 1 ? Double.parseDouble(args[1]) : 10;
    String query = "{\"model\":\"ecommerce\",\"view\":\"order_items\",\"fields\":[\"order_items.id\","
        + "\"order_items.status\",\"order_items.sale_price\",\"order_items.created_time\"],"
        + "\"sorts\":[\"order_items.id\"],\"limit\":\"" + rows + "\"}";
    try (LookerEmulator emulator = BenchmarkLooker.start(scale);
         HeapSampler heap = new HeapSampler()) {
      HttpClient http = HttpClient.newHttpClient();
      String token = BenchmarkLooker.login(http, emulator);
      String sql = body(http, emulator, token, "sql", query);
      System.out.printf(Locale.ROOT, "rows requested: %,d; scale %s%n", rows, scale);
      for (int round = 0; round < 2; round++) {
        // The first round warms up the JIT and the database; the second is reported.
        boolean report = round == 1;
        Result jdbc = jdbc(emulator, sql, heap);
        print(report, "jdbc (baseline)", jdbc, jdbc);
        for (String format : FORMATS) {
          print(report, format, http(http, emulator, token, format, query, heap, jdbc.rows), jdbc);
        }
      }
    }
  }

  private static void print(boolean report, String name, Result r, Result baseline) {
    if (report) {
      System.out.printf(Locale.ROOT, "%-16s %,11d rows %,12.0f rows/s (%.2fx of JDBC) %,12d bytes"
              + "  live heap +%,d MB%n", name, r.rows, r.rowsPerSecond(),
          r.rowsPerSecond() / baseline.rowsPerSecond(), r.bytes, r.heapGrowth / (1024 * 1024));
    }
  }

  private static Result jdbc(LookerEmulator emulator, String sql, HeapSampler heap) throws Exception {
    long base = heap.settle();
    long start = System.nanoTime();
    long rows = 0;
    try (Connection c = emulator.dataSource().getConnection()) {
      try (Statement s = c.createStatement()) {
        s.execute("SET LAZY_QUERY_EXECUTION TRUE");
      }
      try (PreparedStatement p = c.prepareStatement(sql); ResultSet rs = p.executeQuery()) {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          for (int i = 1; i <= columns; i++) {
            rs.getObject(i);
          }
          rows++;
        }
      }
    }
    return new Result(rows, 0, System.nanoTime() - start, heap.peakBytes() - base);
  }

  private static Result http(HttpClient http, LookerEmulator emulator, String token, String format,
      String query, HeapSampler heap, long expectedRows) throws Exception {
    long base = heap.settle();
    long start = System.nanoTime();
    HttpResponse<InputStream> response = http.send(request(emulator, token, format, query),
        HttpResponse.BodyHandlers.ofInputStream());
    long bytes = 0;
    long newlines = 0;
    try (InputStream in = response.body()) {
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        bytes += n;
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            newlines++;
          }
        }
      }
    }
    if (response.statusCode() != 200) {
      throw new IOException(format + " answered " + response.statusCode());
    }
    long nanos = System.nanoTime() - start;
    // Text formats have one line per row after the header: a cheap check that nothing was lost.
    if ((format.equals("csv") || format.equals("txt")) && newlines - 1 != expectedRows) {
      throw new IOException(format + " returned " + (newlines - 1) + " rows, JDBC " + expectedRows);
    }
    return new Result(expectedRows, bytes, nanos, heap.peakBytes() - base);
  }

  private static HttpRequest request(LookerEmulator emulator, String token, String format, String query) {
    return HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/api/4.0/queries/run/" + format))
        .header("Authorization", "token " + token)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(query)).build();
  }

  private static String body(HttpClient http, LookerEmulator emulator, String token, String format,
      String query) throws Exception {
    return http.send(request(emulator, token, format, query), HttpResponse.BodyHandlers.ofString()).body();
  }

  /** One measured read. */
  private record Result(long rows, long bytes, long nanos, long heapGrowth) {
    double rowsPerSecond() {
      return rows * 1e9 / nanos;
    }
  }
}
