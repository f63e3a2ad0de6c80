package io.looksql.emulator.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.looksql.emulator.sql.SqlFragment;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

/** A private in-memory H2 database holding one hand-filled table {@code t} with an id column. */
final class H2Table implements AutoCloseable {
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private final Connection connection;

  /** Creates the database and runs the statements that create and fill {@code t}. */
  H2Table(String... statements) throws SQLException {
    connection = DriverManager.getConnection(
        "jdbc:h2:mem:filter" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=0");
    try (Statement s = connection.createStatement()) {
      s.execute("SET TIME ZONE 'UTC'");
      for (String sql : statements) {
        s.execute(sql);
      }
    }
  }

  /**
   * Returns the ids of the rows the fragment selects, after checking that it stays a single
   * condition when ANDed with another one.
   */
  TreeSet<Integer> ids(SqlFragment where) throws SQLException {
    assertEquals(List.of(), List.copyOf(query("SELECT id FROM t WHERE 1=0 AND " + where.sql(),
        where.params())), "fragment is not self-contained: " + where.sql());
    return query("SELECT id FROM t WHERE 1=1 AND " + where.sql(), where.params());
  }

  /** Returns the ids of the rows a hand-written WHERE clause selects. */
  TreeSet<Integer> idsWhere(String handWritten) throws SQLException {
    return query("SELECT id FROM t WHERE " + handWritten, List.of());
  }

  private TreeSet<Integer> query(String sql, List<Object> params) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        ps.setObject(i + 1, params.get(i));
      }
      TreeSet<Integer> ids = new TreeSet<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getInt(1));
        }
      }
      return ids;
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
