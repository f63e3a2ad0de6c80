package io.looksql.benchmarks;

import io.looksql.emulator.lookml.LookmlFile;
import io.looksql.emulator.lookml.LookmlLoader;
import io.looksql.emulator.lookml.Model;
import io.looksql.emulator.lookml.Project;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Measures how long the emulator takes to load a LookML project (parse every file, check every
 * parameter, compose refinements and extends, build and check each model), against reading the
 * same files from disk in the same run.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar io.looksql.benchmarks.LookmlLoadBenchmark
 * PROJECT_DIR [runs=10]}. The first load is reported apart: it is what starting the emulator
 * costs, with the JVM not yet warmed up.
 */
public final class LookmlLoadBenchmark {
  private LookmlLoadBenchmark() {
  }

  /** Runs the benchmark and prints its figures. */
  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println("Usage: LookmlLoadBenchmark PROJECT_DIR [runs=10]");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    long start = System.nanoTime();
    List<LookmlFile> files = LookmlLoader.readDirectory(dir);
    long firstRead = System.nanoTime() - start;
    start = System.nanoTime();
    Project project = LookmlLoader.load(dir.getFileName().toString(), files);
    long firstLoad = System.nanoTime() - start;
    List<Long> reads = new ArrayList<>();
    List<Long> loads = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      start = System.nanoTime();
      files = LookmlLoader.readDirectory(dir);
      reads.add(System.nanoTime() - start);
      start = System.nanoTime();
      project = LookmlLoader.load(dir.getFileName().toString(), files);
      loads.add(System.nanoTime() - start);
    }
    long lines = files.stream().mapToLong(f -> f.content().lines().count()).sum();
    int explores = project.models().values().stream().mapToInt(m -> m.explores().size()).sum();
    int fields = 0;
    for (Model model : project.models().values()) {
      fields += model.views().values().stream().mapToInt(v -> v.fields().size()).sum();
    }
    System.out.printf(Locale.ROOT, "%d files, %d lines; %d models, %d explores, %d fields%n",
        files.size(), lines, project.models().size(), explores, fields);
    System.out.printf(Locale.ROOT, "first read %.0f ms, first load %.0f ms%n",
        firstRead / 1e6, firstLoad / 1e6);
    double read = median(reads);
    double load = median(loads);
    System.out.printf(Locale.ROOT,
        "median of %d: read %.1f ms (baseline), load %.1f ms, load/read %.1f%n",
        runs, read / 1e6, load / 1e6, load / read);
  }

  private static double median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
