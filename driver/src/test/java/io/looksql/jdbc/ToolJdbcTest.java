package io.looksql.jdbc;

import static io.looksql.jdbc.SharedLooker.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * JDBC as tools call it: read-only auto-commit, JDBC 4.2 {@code getObject(i, Class)}, connection
 * warnings, and the metadata tools read; values checked against the emulator's database.
 */
class ToolJdbcTest {
  private static Connection connection;

  @BeforeAll static void open() throws SQLException {
    connection = SharedLooker.connect();
  }

  @AfterAll static void close() throws SQLException {
    connection.close();
  }

  @Test void readOnlyAutoCommit() throws SQLException {
    try (Connection c = SharedLooker.connect()) {
      assertTrue(c.getAutoCommit());
      c.commit();
      c.rollback();
      c.setAutoCommit(false);
      assertFalse(c.getAutoCommit());
      c.commit();
      c.rollback();
      c.setReadOnly(true);
      assertTrue(c.isReadOnly());
      assertNull(c.getWarnings());
      c.setReadOnly(false);
      assertTrue(c.isReadOnly());
      assertEquals("01000", c.getWarnings().getSQLState());
      c.clearWarnings();
      assertNull(c.getWarnings());
      assertTrue(c.getTypeMap().isEmpty());
      assertEquals(List.of("7|"), SharedLooker.rows(c, "select 7"));
    }
  }

  @Test void getObjectWithAClassReadsJdbc42Types() throws SQLException {
    String plain = "select order_id, created_at, num_of_item, status from orders "
        + "where created_at is not null order by order_id limit 1";
    Object[] expected = new Object[4];
    try (Connection h2 = SharedLooker.emulator().dataSource().getConnection();
         Statement s = h2.createStatement(); ResultSet rs = s.executeQuery(plain)) {
      assertTrue(rs.next());
      expected[0] = rs.getLong(1);
      expected[1] = rs.getObject(2, LocalDateTime.class);
      expected[2] = rs.getInt(3);
      expected[3] = rs.getString(4);
    }
    LocalDateTime created = (LocalDateTime) expected[1];
    String sql = "select `orders.order_id`, `orders.created_time`, `orders.created_date`, "
        + "`orders.num_of_item`, `orders.status`, `orders.is_delivered`, `orders.count` "
        + "from ecommerce.orders where `orders.order_id` = " + expected[0]
        + " group by 1, 2, 3, 4, 5, 6";
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      assertTrue(rs.next());
      assertEquals(expected[0], rs.getObject(1, Long.class));
      assertEquals(((Long) expected[0]).intValue(), rs.getObject(1, Integer.class));
      assertEquals(0, new BigDecimal(expected[0].toString())
          .compareTo(rs.getObject(1, BigDecimal.class)));
      assertEquals(created.withNano(created.getNano() / 1_000_000 * 1_000_000),
          rs.getObject(2, LocalDateTime.class));
      Instant instant = created.toInstant(ZoneOffset.UTC);
      assertEquals(instant.toEpochMilli(), rs.getObject(2, Instant.class).toEpochMilli());
      assertEquals(instant.toEpochMilli(),
          rs.getObject(2, OffsetDateTime.class).toInstant().toEpochMilli());
      assertEquals(created.toLocalDate(), rs.getObject(3, LocalDate.class));
      assertEquals(created.toLocalDate().toString(), rs.getObject(3, String.class));
      assertEquals(expected[2], rs.getObject(4, Integer.class));
      assertEquals(expected[3], rs.getObject(5, String.class));
      assertTrue(rs.getObject(6, Boolean.class) instanceof Boolean);
      assertEquals(1L, rs.getObject(7, Long.class));
      assertEquals(1.0, rs.getObject(7, Double.class));
      // Looker's strings have no length; tools get one they can lay out values in.
      assertEquals(TextSizes.VARCHAR_SIZE, rs.getMetaData().getColumnDisplaySize(5));
      assertEquals(TextSizes.VARCHAR_SIZE, rs.getMetaData().getPrecision(5));
      SQLException e = assertThrows(SQLException.class, () -> rs.getObject(5, LocalDate.class));
      assertEquals("22018", e.getSQLState(), messages(e));
    }
  }

  @Test void metadataTellsTheTruth() throws SQLException {
    DatabaseMetaData md = connection.getMetaData();
    assertTrue(md.getURL().startsWith("jdbc:looksql:url=" + SharedLooker.emulator().baseUrl()),
        md.getURL());
    assertTrue(md.getURL().endsWith("clientSecret=***"), md.getURL());
    assertFalse(md.getURL().contains(SharedLooker.emulator().adminClientSecret()));
    assertEquals(SharedLooker.adminGet("/api/4.0/user").get("email").asText(),
        md.getUserName());
    assertTrue(md.isReadOnly());
    // NULLs sort low, as Looker sorts them: first when ascending.
    assertTrue(md.nullsAreSortedLow());
    assertFalse(md.nullsAreSortedAtEnd() || md.nullsAreSortedAtStart()
        || md.nullsAreSortedHigh());
    assertEquals("null|", SharedLooker.rows(connection, "select `products.brand` "
        + "from ecommerce.products order by 1 limit 1").get(0));
    assertTrue(SharedLooker.plainRows("select count(*) from products where brand is null")
        .get(0).compareTo("0|") != 0, "the sample has NULL brands");
    assertEquals(List.of("SYSTEM TABLE", "TABLE", "VIEW"), column(md.getTableTypes(), 1));
  }

  @Test void namePatternsIgnoreCaseAndHonourUnderscore() throws SQLException {
    DatabaseMetaData md = connection.getMetaData();
    assertEquals(List.of("products"), column(md.getTables(null, "ECOMMERCE", "PRODUCT_", null),
        3));
    assertEquals(List.of("order_items", "orders"),
        column(md.getTables(null, "ecommerce", "ORDER%", null), 3));
    assertEquals(List.of("ecommerce"), column(md.getSchemas(null, "ECOM_ERCE"), 1));
    List<String> columns = column(md.getColumns(null, "Ecommerce", "PRODUCTS",
        "PRODUCTS.BRAN_"), 4);
    assertEquals(List.of("products.brand"), columns);
    assertEquals(List.of(String.valueOf(TextSizes.VARCHAR_SIZE)), column(md.getColumns(null,
        "ecommerce", "products", "products.brand"), 7));
  }

  @Test void primaryKeyFromLookml() throws SQLException {
    DatabaseMetaData md = connection.getMetaData();
    // order_items joins only many_to_one and one_to_one: its base view's key is unique.
    try (ResultSet rs = md.getPrimaryKeys(null, "ecommerce", "order_items")) {
      assertTrue(rs.next());
      assertEquals("order_items.id", rs.getString("COLUMN_NAME"));
      assertEquals(1, rs.getShort("KEY_SEQ"));
      assertFalse(rs.next());
    }
    // products joins inventory_items one_to_many: products.id repeats over the explore's rows.
    assertEquals(List.of(), column(md.getPrimaryKeys(null, "ecommerce", "products"), 4));
  }

  @Test void functionsAreOnlyThoseAUserCanCall() throws SQLException {
    List<String> names = column(connection.getMetaData().getFunctions(null, null, "%"), 3);
    assertTrue(names.stream().noneMatch(n -> n.startsWith("$")), names.toString());
  }

  @Test void toolPropertiesAreIgnoredWithAWarning() throws SQLException {
    Properties p = new Properties();
    p.setProperty("user", "");
    p.setProperty("password", "");
    p.setProperty("ApplicationName", "a tool");
    try (Connection c = DriverManager.getConnection(SharedLooker.url(""), p)) {
      SQLWarning w = c.getWarnings();
      assertTrue(w != null && w.getMessage().contains("ApplicationName"), String.valueOf(w));
      assertEquals(List.of("1|"), SharedLooker.rows(c, "select 1"));
    }
  }

  @Test void downServerIsAConnectionFailureAndBadCredentialsAreRefused() {
    SQLException down = assertThrows(SQLException.class, () -> DriverManager.getConnection(
        "jdbc:looksql:url=http://127.0.0.1:1;clientId=a;clientSecret=b"));
    assertEquals("08001", down.getSQLState(), messages(down));
    SQLException refused = assertThrows(SQLException.class, () -> DriverManager.getConnection(
        "jdbc:looksql:url=" + SharedLooker.emulator().baseUrl()
            + ";clientId=nobody;clientSecret=wrong"));
    assertEquals("28000", refused.getSQLState(), messages(refused));
  }

  @Test void versionComesFromTheBuild() throws SQLException {
    String v = connection.getMetaData().getDriverVersion();
    assertTrue(v.matches("\\d+\\.\\d+.*"), v);
    assertEquals(Driver.versionParts(v)[0], connection.getMetaData().getDriverMajorVersion());
  }

  private static List<String> column(ResultSet rs, int i) throws SQLException {
    List<String> out = new ArrayList<>();
    try (rs) {
      while (rs.next()) {
        out.add(rs.getString(i));
      }
    }
    return out;
  }
}
