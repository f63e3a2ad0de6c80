package io.looksql.benchmarks;

import io.looksql.emulator.LookerEmulator;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a tool's first connection and first statement cost: a fresh JVM with only the one driver
 * jar (and a JDK-only probe class) connects to the emulator and reads the first result of a small
 * grouped query; against a fresh JVM asking the same question as one Looker API call with the
 * JDK's HttpClient (log in, run the query). Runs alternate; medians of the milliseconds from each
 * JVM's start (its {@code RuntimeMXBean} start time) to main, to connected, and to the last value.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * io.looksql.benchmarks.FirstStatementBenchmark [runs=7] [driver jar]} from the repository root
 * (the jar defaults to {@code driver/target/looksql-jdbc-*.jar}).
 */
public final class FirstStatementBenchmark {
  static final String SQL = "SELECT `products.category`, AGGREGATE(`products.count`) "
      + "FROM ecommerce.products GROUP BY `products.category`";
  static final String QUERY = "{\"model\":\"ecommerce\",\"view\":\"products\","
      + "\"fields\":[\"products.category\",\"products.count\"],\"limit\":\"50000\"}";

  private FirstStatementBenchmark() {
  }

  /** Runs the benchmark and prints its figures. */
  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    Path jar = args.length > 1 ? Path.of(args[1]) : oneJar();
    Path probe = probeDirectory();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    try (LookerEmulator emulator = BenchmarkLooker.start(0.1)) {
      List<List<Double>> driver = lists(3);
      List<List<Double>> http = lists(3);
      for (int i = 0; i < runs; i++) {
        for (boolean driverFirst : new boolean[] {i % 2 == 0, i % 2 != 0}) {
          if (driverFirst) {
            add(driver, run(List.of(java, "-cp", probe + File.pathSeparator + jar,
                FirstStatementProbe.class.getName(), "driver",
                "jdbc:looksql:url=" + emulator.baseUrl(), emulator.adminClientId(),
                emulator.adminClientSecret(), SQL)));
          } else {
            add(http, run(List.of(java, "-cp", probe.toString(),
                FirstStatementProbe.class.getName(), "http", emulator.baseUrl(),
                emulator.adminClientId(), emulator.adminClientSecret(), QUERY)));
          }
        }
      }
      report("one jar, DriverManager", driver);
      report("bare HttpClient       ", http);
      System.out.printf(Locale.ROOT, "first result: driver / HttpClient = %.2f (medians of %d)%n",
          Medians.median(driver.get(2)) / Medians.median(http.get(2)), runs);
    }
  }

  private static void report(String name, List<List<Double>> t) {
    System.out.printf(Locale.ROOT, "%s: JVM start to main %.0f ms, to connected %.0f ms, "
        + "to first result read %.0f ms (connect %.0f, statement %.0f)%n", name,
        Medians.median(t.get(0)), Medians.median(t.get(1)), Medians.median(t.get(2)),
        Medians.median(t.get(1)) - Medians.median(t.get(0)),
        Medians.median(t.get(2)) - Medians.median(t.get(1)));
  }

  private static List<List<Double>> lists(int n) {
    List<List<Double>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new ArrayList<>());
    }
    return out;
  }

  private static void add(List<List<Double>> into, double[] times) {
    for (int i = 0; i < into.size(); i++) {
      into.get(i).add(times[i]);
    }
  }

  private static double[] run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (p.waitFor() != 0) {
      throw new IllegalStateException("probe failed: " + command.get(4) + " " + out);
    }
    String[] f = out.split(" ");
    return new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1]),
        Double.parseDouble(f[2])};
  }

  /** Copies the probe class out of this jar into a directory of its own. */
  private static Path probeDirectory() throws IOException {
    Path dir = Files.createTempDirectory("looksql-probe");
    Path file = dir.resolve(FirstStatementProbe.class.getName().replace('.', '/') + ".class");
    Files.createDirectories(file.getParent());
    try (InputStream in = FirstStatementProbe.class.getResourceAsStream(
        FirstStatementProbe.class.getSimpleName() + ".class")) {
      Files.copy(in, file);
    }
    return dir;
  }

  private static Path oneJar() throws IOException {
    try (var files = Files.list(Path.of("driver", "target"))) {
      return files.filter(f -> f.getFileName().toString().matches("looksql-jdbc-.*\\.jar"))
          .findFirst().orElseThrow(() -> new IllegalStateException(
              "no driver/target/looksql-jdbc-*.jar: run mvn package first"));
    }
  }
}
