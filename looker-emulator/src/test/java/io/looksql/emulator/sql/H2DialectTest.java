package io.looksql.emulator.sql;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Checks the H2 dialect's SQL on a real H2 database against java.time's answers. */
class H2DialectTest extends DialectChecks {
  private static Connection connection;

  @BeforeAll static void open() throws SQLException {
    connection = DriverManager.getConnection("jdbc:h2:mem:dialect");
    fill(connection, new H2Dialect(), "CREATE TABLE t (id INT PRIMARY KEY, ts TIMESTAMP, name VARCHAR)");
  }

  @AfterAll static void close() throws SQLException {
    connection.close();
  }

  @Override Connection connection() {
    return connection;
  }

  @Override Dialect dialect() {
    return new H2Dialect();
  }
}
