package io.looksql.emulator.query;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.looksql.emulator.lookml.LookmlFile;
import io.looksql.emulator.lookml.LookmlLoader;
import io.looksql.emulator.lookml.Project;
import io.looksql.emulator.sample.SampleData;
import io.looksql.emulator.sample.SampleProject;
import io.looksql.emulator.sql.H2Dialect;
import io.looksql.emulator.sql.SqlFragment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * The sample project (or another project over the sample tables) compiled against the sample
 * data (scale 0.05) in a private in-memory H2 database, with helpers that run a compiled query and
 * a hand-written one and return their rows in comparable form.
 */
final class SampleQueries implements AutoCloseable {
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static final Pattern ACCESS_FILTER = Pattern.compile("access_filter:\\s*\\{[^}]*}");
  /** What relative dates and {@code now()} are relative to. */
  static final Instant NOW = Instant.parse("2025-06-15T12:00:00Z");

  private final HikariDataSource dataSource;
  private final Project project;
  private final QueryCompiler compiler = new QueryCompiler(new H2Dialect(), Clock.fixed(NOW, ZoneOffset.UTC));

  SampleQueries() throws SQLException {
    this(withoutAccessFilters());
  }

  /** Creates a project of other files over the same sample data. */
  SampleQueries(List<LookmlFile> projectFiles) throws SQLException {
    project = LookmlLoader.load(SampleProject.NAME, projectFiles);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:h2:mem:exprs" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    config.setConnectionInitSql("SET TIME ZONE 'UTC'");
    config.setMaximumPoolSize(2);
    dataSource = new HikariDataSource(config);
    SampleData.load(dataSource, new H2Dialect(), 0.05);
  }

  /**
   * Returns the sample project's files without {@code access_filter} blocks. These tests are about
   * what queries compute, checked against plain SQL over all rows; row-level security, which needs
   * a user with attributes, is tested on its own.
   */
  private static List<LookmlFile> withoutAccessFilters() {
    List<LookmlFile> files = new ArrayList<>();
    for (LookmlFile f : SampleProject.files()) {
      files.add(new LookmlFile(f.path(), ACCESS_FILTER.matcher(f.content()).replaceAll("")));
    }
    return files;
  }

  /** Returns the compiled query. */
  CompiledQuery compile(QueryBuilder query) {
    return compiler.compile(project, query.build(), null);
  }

  /** Returns the rows of a query as the emulator runs it. */
  List<List<String>> run(QueryBuilder query) throws SQLException {
    return rows(compile(query).statement());
  }

  /** Returns the rows of hand-written SQL. */
  List<List<String>> plain(String sql) throws SQLException {
    return rows(SqlFragment.of(sql));
  }

  private List<List<String>> rows(SqlFragment statement) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(statement.sql())) {
      for (int i = 0; i < statement.params().size(); i++) {
        ps.setObject(i + 1, statement.params().get(i));
      }
      List<List<String>> rows = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          List<String> row = new ArrayList<>();
          for (int i = 1; i <= columns; i++) {
            row.add(text(rs.getObject(i)));
          }
          rows.add(row);
        }
      }
      return rows;
    }
  }

  /** Returns a value as text; numbers to 6 decimals, so integer and decimal types compare equal. */
  private static String text(Object value) {
    if (value instanceof Number n) {
      return new BigDecimal(n.toString()).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
    return String.valueOf(value);
  }

  @Override public void close() {
    dataSource.close();
  }
}
