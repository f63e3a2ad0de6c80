package io.looksql.jdbc;

import io.looksql.emulator.lookml.LookmlFile;
import io.looksql.emulator.sample.SampleProject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample project plus model {@code retail} (test resources under {@code retail/}): explores
 * shaped as real projects are, over the sample's tables (aliased explores and joins, a view
 * joined twice, a hidden primary key, a base view without one).
 */
final class RetailProject {
  private static final List<String> PATHS = List.of("retail.model.lkml",
      "views/sales_fact.view.lkml", "views/sales_lines_fact.view.lkml");

  private RetailProject() {
  }

  /** Returns the sample's files and the retail model's. */
  static List<LookmlFile> files() {
    List<LookmlFile> files = new ArrayList<>(SampleProject.files());
    for (String path : PATHS) {
      try (InputStream in = RetailProject.class.getResourceAsStream("/retail/" + path)) {
        if (in == null) {
          throw new IllegalStateException("Test resource missing: /retail/" + path);
        }
        files.add(new LookmlFile(path, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }
}
