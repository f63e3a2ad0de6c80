package io.looksql.benchmarks;

import io.looksql.client.LookerClient;
import io.looksql.client.QueryRows;
import io.looksql.client.Row;
import io.looksql.client.model.WriteQuery;
import io.looksql.emulator.LookerEmulator;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Measures the looker-client's row iterator against a bare read of the same HTTP response (JDK
 * {@code HttpClient}, bytes counted, nothing parsed), in the same run, and the live heap the
 * client needs for 100,000 and for all rows.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar io.looksql.benchmarks.ClientStreamingBenchmark
 * [scale=10] [rounds=3]}. Scale 10 is about a million order items, kept in an H2 file database so
 * that the data does not count as heap.
 */
public final class ClientStreamingBenchmark {
  private static final String[] FIELDS = {"order_items.id", "order_items.status",
      "order_items.sale_price", "order_items.created_time"};

  private ClientStreamingBenchmark() {
  }

  /** Runs the benchmark and prints its figures. */
  public static void main(String[] args) throws Exception {
    double scale = args.length > 0 ? Double.parseDouble(args[0]) : 10;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    try (LookerEmulator emulator = BenchmarkLooker.start(scale);
        LookerClient client = BenchmarkLooker.adminClient(emulator);
        HeapSampler heap = new HeapSampler()) {
      HttpClient http = HttpClient.newHttpClient();
      String token = BenchmarkLooker.login(http, emulator);
      // The warm-up round is not reported: JIT, H2's caches and the page cache settle in it.
      measure(client, http, emulator, token, -1);
      List<Double> bare = new ArrayList<>();
      List<Double> parsed = new ArrayList<>();
      long rows = 0;
      for (int i = 0; i < rounds; i++) {
        Read b = bareRead(http, emulator, token, "json_bi", -1);
        Read c = clientRead(client, -1);
        bare.add(b.rowsPerSecond(c.rows));
        parsed.add(c.rowsPerSecond(c.rows));
        rows = c.rows;
        System.out.printf(Locale.ROOT, "round %d: bare %,.0f rows/s (%,d bytes), client %,.0f rows/s%n",
            i + 1, b.rowsPerSecond(c.rows), b.bytes, c.rowsPerSecond(c.rows));
      }
      double bareMedian = median(bare);
      double clientMedian = median(parsed);
      System.out.printf(Locale.ROOT, "json_bi, %,d rows: bare %,.0f rows/s, client %,.0f rows/s = %.0f%%"
          + " of bare (medians of %d rounds)%n", rows, bareMedian, clientMedian,
          100 * clientMedian / bareMedian, rounds);
      for (String format : List.of("json", "csv")) {
        Read b = bareRead(http, emulator, token, format, -1);
        System.out.printf(Locale.ROOT, "bare %-8s %,.0f rows/s, %,d bytes%n", format,
            b.rowsPerSecond(rows), b.bytes);
      }
      long small = heapGrowth(client, heap, 100_000);
      long all = heapGrowth(client, heap, -1);
      System.out.printf(Locale.ROOT, "client live heap growth: 100,000 rows %,d KB; %,d rows %,d KB%n",
          small / 1024, rows, all / 1024);
    }
  }

  private static void measure(LookerClient client, HttpClient http, LookerEmulator emulator,
      String token, long limit) throws Exception {
    bareRead(http, emulator, token, "json_bi", limit);
    clientRead(client, limit);
  }

  private static long heapGrowth(LookerClient client, HeapSampler heap, long limit)
      throws Exception {
    long base = heap.settle();
    clientRead(client, limit);
    return Math.max(0, heap.peakBytes() - base);
  }

  private static WriteQuery query(long limit) {
    return WriteQuery.builder("ecommerce", "order_items").fields(FIELDS)
        .sorts("order_items.id").limit(limit).build();
  }

  /** Reads every row through the client, touching each value as a consumer would. */
  private static Read clientRead(LookerClient client, long limit) {
    long start = System.nanoTime();
    long rows = 0;
    long check = 0;
    try (QueryRows result = client.runQuery(query(limit))) {
      while (result.hasNext()) {
        Row row = result.next();
        for (int i = 0; i < row.size(); i++) {
          Object v = row.get(i);
          check += v == null ? 0 : 1;
        }
        rows++;
      }
    }
    if (check == 0) {
      throw new IllegalStateException("no values read");
    }
    return new Read(rows, 0, System.nanoTime() - start);
  }

  /** Reads the same response with a bare HttpClient, counting bytes only. */
  private static Read bareRead(HttpClient http, LookerEmulator emulator, String token,
      String format, long limit) throws IOException, InterruptedException {
    StringBuilder fields = new StringBuilder();
    for (String f : FIELDS) {
      fields.append(fields.length() == 0 ? "" : ",").append('"').append(f).append('"');
    }
    String body = "{\"model\":\"ecommerce\",\"view\":\"order_items\",\"fields\":[" + fields
        + "],\"sorts\":[\"order_items.id\"],\"limit\":\"" + limit + "\"}";
    long start = System.nanoTime();
    HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(
        URI.create(emulator.baseUrl() + "/api/4.0/queries/run/" + format))
        .header("Authorization", "token " + token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofInputStream());
    long bytes = 0;
    try (InputStream in = response.body()) {
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        bytes += n;
      }
    }
    if (response.statusCode() != 200) {
      throw new IOException(format + " answered " + response.statusCode());
    }
    return new Read(0, bytes, System.nanoTime() - start);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  /** One timed read: rows parsed (client) or bytes counted (bare). */
  private record Read(long rows, long bytes, long nanos) {
    double rowsPerSecond(long rowCount) {
      return rowCount * 1e9 / nanos;
    }
  }
}
