package io.looksql.benchmarks;

import io.looksql.client.LookerClient;
import io.looksql.emulator.LookerEmulator;
import io.looksql.emulator.lookml.LookmlFile;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Catalog browsing of a large model as a tool's tree view does it: {@code getColumns(null, null,
 * "%", "%")} over a generated model of {@code explores} explores of {@code fields} fields each (90%
 * dimensions of several types, 10% measures), every row read; cold (the connection's first call:
 * every explore fetched from Looker) and warm (again, on the same connection); against fetching
 * the same explore definitions with looker-client, 8 at a time as the driver does.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * io.looksql.benchmarks.CatalogBrowseBenchmark [explores=200] [fields=100] [warm rounds=20]}.
 */
public final class CatalogBrowseBenchmark {
  private CatalogBrowseBenchmark() {
  }

  /** Runs the benchmark and prints its figures. */
  public static void main(String[] args) throws Exception {
    int explores = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int fields = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    try (LookerEmulator emulator = LookerEmulator.builder().projectName("big").loadSample(false)
        .lookml(model(explores, fields)).port(0).start();
        LookerClient client = BenchmarkLooker.adminClient(emulator)) {
      double fetch = fetchAll(client, explores);
      try (Connection warmUp = DriverManager.getConnection(
          BenchmarkLooker.driverUrl(emulator, ""))) {
        // Loads the driver's and Calcite's classes, so the cold figure is the catalog's.
        warmUp.createStatement().executeQuery("VALUES 1").close();
      }
      try (Connection c = DriverManager.getConnection(BenchmarkLooker.driverUrl(emulator, ""))) {
        long t0 = System.nanoTime();
        long rows = columns(c);
        double cold = Medians.since(t0);
        List<Double> warm = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
          long t1 = System.nanoTime();
          columns(c);
          warm.add(Medians.since(t1));
        }
        System.out.printf(Locale.ROOT, "getColumns(null, null, \"%%\", \"%%\") over %d explores x %d"
            + " fields, %,d rows: cold %.0f ms, warm median %.1f ms (of %d)%n", explores, fields,
            rows, cold, Medians.median(warm), rounds);
        System.out.printf(Locale.ROOT, "looker-client fetching the %d explores, 8 at a time: "
            + "%.0f ms; cold getColumns / fetch = %.2f%n", explores, fetch, cold / fetch);
      }
    }
  }

  private static long columns(Connection c) throws Exception {
    long n = 0;
    try (ResultSet rs = c.getMetaData().getColumns(null, null, "%", "%")) {
      int k = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        for (int i = 1; i <= k; i++) {
          rs.getObject(i);
        }
        n++;
      }
    }
    return n;
  }

  private static double fetchAll(LookerClient client, int explores) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      long t0 = System.nanoTime();
      client.fetchModels();
      List<Future<?>> all = new ArrayList<>();
      for (int i = 0; i < explores; i++) {
        String name = "e" + i;
        all.add(pool.submit(() -> client.fetchExplore("big", name)));
      }
      for (Future<?> f : all) {
        f.get();
      }
      return Medians.since(t0);
    } finally {
      pool.shutdown();
    }
  }

  /** Returns the LookML of a model of {@code explores} explores of {@code fields} fields. */
  static List<LookmlFile> model(int explores, int fields) {
    List<LookmlFile> files = new ArrayList<>();
    StringBuilder model = new StringBuilder("connection: \"big\"\n"
        + "include: \"/views/*.view.lkml\"\n");
    for (int e = 0; e < explores; e++) {
      model.append("explore: e").append(e).append(" {\n  from: v").append(e).append("\n}\n");
      StringBuilder view = new StringBuilder("view: v" + e + " {\n  sql_table_name: t" + e
          + " ;;\n  dimension: id {\n    primary_key: yes\n    type: number\n"
          + "    sql: ${TABLE}.id ;;\n  }\n");
      int measures = Math.max(1, fields / 10);
      for (int f = 1; f < fields - measures; f++) {
        String type = f % 3 == 0 ? "number" : f % 7 == 0 ? "yesno" : "string";
        view.append("  dimension: d").append(f).append(" {\n    type: ").append(type)
            .append("\n    description: \"Field ").append(f).append(" of view ").append(e)
            .append(".\"\n    sql: ${TABLE}.d").append(f).append(" ;;\n  }\n");
      }
      view.append("  measure: count {\n    type: count\n  }\n");
      for (int m = 1; m < measures; m++) {
        view.append("  measure: total_").append(m).append(" {\n    type: sum\n    sql: ${TABLE}.d")
            .append(3 * m).append(" ;;\n  }\n");
      }
      files.add(new LookmlFile("views/v" + e + ".view.lkml", view.append("}\n").toString()));
    }
    files.add(0, new LookmlFile("big.model.lkml", model.toString()));
    return files;
  }
}
