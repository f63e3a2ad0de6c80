package io.looksql.emulator.sample;

import io.looksql.emulator.sql.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.SplittableRandom;
import javax.sql.DataSource;

/** Creates the sample tables and fills them with deterministic rows. */
public final class SampleData {
  /** Seed of all generated values; changing it changes every row. */
  private static final long SEED = 20190101L;
  /** Users per transaction (about 27 rows each), so that large scales don't build one huge transaction. */
  private static final int USERS_PER_COMMIT = 2_000;

  private SampleData() {
  }

  /**
   * Creates the sample tables (dropping old ones) and loads rows; the same scale always gives the
   * same rows. Scale 1 is about 100,000 order items, scale 10 about 1,000,000.
   */
  public static void load(DataSource dataSource, Dialect dialect, double scale) throws SQLException {
    SampleSizes sizes = SampleSizes.of(scale);
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        createTables(connection);
        fill(connection, sizes);
        createIndexes(connection, dialect);
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    }
  }

  private static void createTables(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (SampleTable table : SampleTable.values()) {
        statement.execute("DROP TABLE IF EXISTS " + table.tableName);
        statement.execute(table.createSql());
      }
    }
    connection.commit();
  }

  private static void fill(Connection connection, SampleSizes sizes) throws SQLException {
    // Independent streams per generator: a change to how products are drawn, say, leaves the
    // users' names and ages as they were.
    SplittableRandom root = new SplittableRandom(SEED);
    CatalogGenerator catalog = new CatalogGenerator(root.split());
    UserGenerator userGenerator = new UserGenerator(root.split());
    SplittableRandom orderRandom = root.split();

    catalog.insertDistributionCenters(connection);
    List<Product> products = catalog.insertProducts(connection, sizes.products());
    try (BatchInserter users = new BatchInserter(connection, SampleTable.USERS);
        BatchInserter orders = new BatchInserter(connection, SampleTable.ORDERS);
        BatchInserter orderItems = new BatchInserter(connection, SampleTable.ORDER_ITEMS);
        BatchInserter inventoryItems = new BatchInserter(connection, SampleTable.INVENTORY_ITEMS)) {
      OrderGenerator orderGenerator =
          new OrderGenerator(orderRandom, products, orders, orderItems, inventoryItems);
      for (int userId = 1; userId <= sizes.users(); userId++) {
        LocalDateTime signup = userGenerator.add(users, userId);
        orderGenerator.addOrdersOf(userId, signup);
        if (userId % USERS_PER_COMMIT == 0) {
          users.flush();
          orders.flush();
          orderItems.flush();
          inventoryItems.flush();
          connection.commit();
        }
      }
    }
    connection.commit();
  }

  private static void createIndexes(Connection connection, Dialect dialect) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      // Built after the load: cheaper than maintaining them row by row.
      for (String index : SampleTable.INDEXES) {
        String name = index.replaceAll("[^a-z_]+", "_") + "idx";
        statement.execute("CREATE INDEX " + name + " ON " + index);
      }
      // Fresh statistics let PostgreSQL plan the explores' joins well right away.
      for (SampleTable table : SampleTable.values()) {
        statement.execute(dialect.name().equals("postgres")
            ? "ANALYZE " + table.tableName : "ANALYZE TABLE " + table.tableName);
      }
    }
    connection.commit();
  }
}
