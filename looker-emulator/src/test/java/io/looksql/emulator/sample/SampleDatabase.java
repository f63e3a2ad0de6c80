package io.looksql.emulator.sample;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.looksql.emulator.sql.H2Dialect;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;

/** An in-memory H2 database for the sample tests, set up as the emulator sets up its own. */
final class SampleDatabase implements AutoCloseable {
  private static final AtomicInteger COUNTER = new AtomicInteger();

  final H2Dialect dialect = new H2Dialect();
  final HikariDataSource dataSource;

  SampleDatabase() {
    HikariConfig config = new HikariConfig();
    // A fresh database per instance, kept alive while the pool holds a connection.
    config.setJdbcUrl("jdbc:h2:mem:sample" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    config.setConnectionInitSql(dialect.connectionInitSql());
    config.setMaximumPoolSize(2);
    dataSource = new HikariDataSource(config);
  }

  /** Returns a new database loaded at the given scale. */
  static SampleDatabase loaded(double scale) throws SQLException {
    SampleDatabase db = new SampleDatabase();
    SampleData.load(db.dataSource, db.dialect, scale);
    return db;
  }

  /** Returns the single long value of a query. */
  long queryLong(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Returns the number of rows of a table. */
  long count(String table) throws SQLException {
    return queryLong("SELECT COUNT(*) FROM " + table);
  }

  /** Returns a SHA-256 digest of every row of every sample table, read in primary-key order. */
  String checksum() throws SQLException, NoSuchAlgorithmException {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      for (SampleTable table : SampleTable.values()) {
        String pk = table.columns.get(0).name();
        try (ResultSet rs = s.executeQuery("SELECT * FROM " + table.tableName + " ORDER BY " + pk)) {
          int columns = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            for (int i = 1; i <= columns; i++) {
              digest.update(String.valueOf(rs.getString(i)).getBytes(StandardCharsets.UTF_8));
              digest.update((byte) 0);
            }
          }
        }
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  @Override public void close() {
    dataSource.close();
  }
}
