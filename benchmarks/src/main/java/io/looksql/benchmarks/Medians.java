package io.looksql.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Order statistics of measured times. */
final class Medians {
  private Medians() {
  }

  /** Returns the median of the values. */
  static double median(List<Double> values) {
    return percentile(values, 50);
  }

  /** Returns the value below which {@code p} percent of the values lie (nearest rank). */
  static double percentile(List<Double> values, int p) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    if (p == 50 && sorted.size() % 2 == 0) {
      int n = sorted.size();
      return (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }

  /** Returns the milliseconds since a {@link System#nanoTime()} reading. */
  static double since(long nanoTime) {
    return (System.nanoTime() - nanoTime) / 1e6;
  }
}
