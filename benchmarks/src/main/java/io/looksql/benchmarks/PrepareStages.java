package io.looksql.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.calcite.runtime.Hook;

/**
 * Where {@code prepareStatement} spends its time, from Calcite's hooks: parse, validate and
 * convert to relational algebra, optimize (the Looker pre-pass and Calcite's programs), generate
 * the Java code, and the rest (compiling it with Janino, building the statement). Collects the
 * times of many prepares and reports their medians.
 */
final class PrepareStages {
  static final String[] NAMES = {"parse", "validate+convert", "optimize", "generate code",
      "compile+rest"};

  private final List<Double> totals = new ArrayList<>();
  private final List<List<Double>> stages = new ArrayList<>();

  PrepareStages() {
    for (int i = 0; i < NAMES.length; i++) {
      stages.add(new ArrayList<>());
    }
  }

  /** Prepares (and closes) a statement; records its times when {@code record}. */
  void prepare(Connection connection, String sql, boolean record) throws SQLException {
    long[] at = new long[NAMES.length + 1];
    Consumer<Object> parse = x -> at[1] = System.nanoTime();
    Consumer<Object> converted = x -> at[2] = System.nanoTime();
    Consumer<Object> optimized = x -> at[3] = System.nanoTime();
    Consumer<Object> java = x -> at[4] = System.nanoTime();
    try (Hook.Closeable a = Hook.PARSE_TREE.addThread(parse);
         Hook.Closeable b = Hook.CONVERTED.addThread(converted);
         Hook.Closeable c = Hook.PLAN_BEFORE_IMPLEMENTATION.addThread(optimized);
         Hook.Closeable d = Hook.JAVA_PLAN.addThread(java)) {
      at[0] = System.nanoTime();
      connection.prepareStatement(sql).close();
      at[NAMES.length] = System.nanoTime();
    }
    if (!record) {
      return;
    }
    totals.add((at[NAMES.length] - at[0]) / 1e6);
    for (int s = 0; s < NAMES.length; s++) {
      stages.get(s).add(at[s + 1] > 0 && at[s] > 0 ? (at[s + 1] - at[s]) / 1e6 : 0);
    }
  }

  /** Returns the recorded prepares' total times. */
  List<Double> totals() {
    return totals;
  }

  /** Returns the stage medians, {@code " parse 0.61 ms; …"}. */
  String stageMedians() {
    StringBuilder b = new StringBuilder();
    for (int s = 0; s < NAMES.length; s++) {
      b.append(String.format(Locale.ROOT, " %s %.2f ms;", NAMES[s],
          Medians.median(stages.get(s))));
    }
    return b.toString();
  }
}
