package io.looksql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.looksql.emulator.LookerEmulator;
import io.looksql.emulator.lookml.LookmlLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every model of the real-world LookML corpus (Looker Blocks, system property
 * {@value #PROPERTY}, e.g. {@code ../shared/lookml-corpus}; skipped when it is not set), served by
 * the emulator: {@code getTables}, {@code getColumns} of every explore, and {@code EXPLAIN} of
 * {@code SELECT d, COUNT(*) … GROUP BY d} for every dimension and of {@code AGGREGATE(m)} for
 * every measure either plan into a Looker query or are refused with SQLState 0A000; no other
 * error. The corpus's SQL is BigQuery's, so nothing runs: metadata and planning only.
 */
class LookmlCorpusTest {
  /** The system property naming the corpus folder (one project per sub-folder). */
  static final String PROPERTY = "looksql.lookml.corpus";

  static Stream<Path> projects() throws IOException {
    String folder = System.getProperty(PROPERTY);
    if (folder == null || !Files.isDirectory(Path.of(folder))) {
      return Stream.of(Path.of("(no corpus: set -D" + PROPERTY + ")"));
    }
    List<Path> projects = new ArrayList<>();
    try (Stream<Path> children = Files.list(Path.of(folder))) {
      children.filter(Files::isDirectory).sorted().forEach(projects::add);
    }
    return projects.stream();
  }

  @ParameterizedTest(name = "{0}") @MethodSource("projects")
  void everyExploreIsAnsweredOrRefused(Path project) throws SQLException {
    assumeTrue(Files.isDirectory(project), "the LookML corpus is not set (-D" + PROPERTY + ")");
    try (LookerEmulator looker = LookerEmulator.builder()
        .lookml(LookmlLoader.readDirectory(project)).projectName(project.getFileName().toString())
        .loadSample(false).port(0).start();
         Connection c = DriverManager.getConnection(Driver.PREFIX + "url=" + looker.baseUrl()
             + ";clientId=" + looker.adminClientId() + ";clientSecret="
             + looker.adminClientSecret())) {
      Map<String, Integer> outcomes = new TreeMap<>();
      List<String> failures = new ArrayList<>();
      int tables = 0;
      DatabaseMetaData meta = c.getMetaData();
      List<String[]> explores = new ArrayList<>();
      try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          explores.add(new String[] {rs.getString("TABLE_SCHEM"), rs.getString("TABLE_NAME")});
        }
      }
      for (String[] e : explores) {
        tables++;
        String table = quote(e[0]) + "." + quote(e[1]);
        try (ResultSet rs = meta.getColumns(null, e[0], e[1], "%")) {
          while (rs.next()) {
            String column = quote(rs.getString("COLUMN_NAME"));
            String category = rs.getString("FIELD_CATEGORY");
            String sql = "measure".equals(category)
                ? "select aggregate(" + column + ") from " + table
                : "select " + column + ", count(*) from " + table + " group by " + column;
            String outcome = explain(c, sql);
            outcomes.merge(outcome.startsWith("error") ? "error" : outcome, 1, Integer::sum);
            if (outcome.startsWith("error")) {
              failures.add(sql + "\n    " + outcome);
            }
          }
        }
      }
      System.out.println("LookmlCorpusTest " + project.getFileName() + ": " + tables
          + " explores, " + outcomes);
      assertTrue(tables > 0, "no explore in " + project);
      assertEquals(List.of(), failures.subList(0, Math.min(failures.size(), 20)),
          failures.size() + " statements failed with an error that is not a refusal");
    }
  }

  /** Returns "planned", "refused" or "error …" for EXPLAIN of a statement. */
  private static String explain(Connection c, String sql) {
    try (Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("explain plan for " + sql)) {
      return rs.next() && rs.getString(1).contains("LookerQuery") ? "planned"
          : "error: no Looker query in the plan";
    } catch (SQLException e) {
      return "0A000".equals(e.getSQLState()) ? "refused"
          : "error " + e.getSQLState() + ": " + SharedLooker.messages(e).replace('\n', ' ');
    } catch (RuntimeException e) {
      return "error " + e;
    }
  }

  private static String quote(String name) {
    return "`" + name.replace("`", "``") + "`";
  }
}
