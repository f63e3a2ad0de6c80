package io.looksql.gateway;

import static io.looksql.gateway.GatewayFixture.REGION;
import static io.looksql.gateway.GatewayFixture.basic;
import static io.looksql.gateway.GatewayFixture.rows;
import static io.looksql.gateway.GatewayFixture.url;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TimeZone;
import org.apache.calcite.avatica.remote.Driver.Serialization;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a thin client sees through the gateway: per-user catalogs, values of every kind intact,
 * and server-side connection properties refused.
 */
class GatewayConnectionTest {
  private static GatewayPair gateways;

  @BeforeAll static void start() {
    gateways = new GatewayPair();
  }

  @AfterAll static void stop() {
    gateways.close();
  }

  private static GatewayServer gateway(Serialization s) {
    return gateways.get(s);
  }

  @ParameterizedTest @EnumSource(value = Serialization.class, names = {"PROTOBUF", "JSON"})
  void usersSeeTheirOwnCatalogs(Serialization s) throws Exception {
    try (Connection wendy = ThinClient.connect(url(gateway(s), basic("wendy", "wendy-pw")));
        Connection mark = ThinClient.connect(url(gateway(s), basic("mark", "mark-pw")))) {
      // The sample has only model ecommerce; mark's model set holds only "marketing".
      assertEquals(List.of("ecommerce"), schemas(wendy.getMetaData()));
      assertEquals(List.of(), schemas(mark.getMetaData()));
      assertTrue(columns(wendy.getMetaData(), "users").contains("users.state"));
      // users.email needs the access grant every_region, which only region "%" holds.
      assertFalse(columns(wendy.getMetaData(), "users").contains("users.email"));
      assertThrows(SQLException.class, () -> rows(mark, "SELECT AGGREGATE(`users.count`)"
          + " FROM ecommerce.users"));
    }
  }

  @ParameterizedTest @EnumSource(value = Serialization.class, names = {"PROTOBUF", "JSON"})
  void decimalDateTimestampAndNullArriveIntact(Serialization s) throws Exception {
    try (Connection c = ThinClient.connect(url(gateway(s), basic("wendy", "wendy-pw")));
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT CAST(12345678.91 AS DECIMAL(12, 2)) AS d,"
            + " DATE '2024-02-29' AS dt, TIMESTAMP '2024-01-02 03:04:05.678' AS ts,"
            + " CAST(NULL AS INTEGER) AS n, CAST(NULL AS VARCHAR(5)) AS v")) {
      assertTrue(rs.next());
      assertEquals(new BigDecimal("12345678.91"), rs.getBigDecimal("d"));
      assertEquals(Types.DECIMAL, rs.getMetaData().getColumnType(1));
      assertEquals(LocalDate.of(2024, 2, 29), utcDate(rs.getDate("dt", utc())));
      assertEquals(LocalDateTime.of(2024, 1, 2, 3, 4, 5, 678_000_000),
          LocalDateTime.ofInstant(rs.getTimestamp("ts", utc()).toInstant(), ZoneOffset.UTC));
      assertEquals(0, rs.getInt("n"));
      assertTrue(rs.wasNull());
      assertNull(rs.getString("v"));
    }
  }

  @ParameterizedTest @EnumSource(value = Serialization.class, names = {"PROTOBUF", "JSON"})
  void lookerValuesMatchPlainSql(Serialization s) throws Exception {
    String region = REGION + " = 'West'";
    try (Connection c = ThinClient.connect(url(gateway(s), basic("wendy", "wendy-pw")));
        Connection db = GatewayFixture.looker().dataSource().getConnection()) {
      List<String> got = new ArrayList<>();
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
          "SELECT `users.id`, `users.age`, `users.created_date`, `users.created_raw`"
              + " FROM ecommerce.users ORDER BY `users.id` LIMIT 300")) {
        // More rows than the first frame (100): later frames are converted separately.
        while (rs.next()) {
          Object age = rs.getObject(2);
          got.add(rs.getLong(1) + "|" + (age == null ? null : ((Number) age).longValue()) + "|"
              + utcDate(rs.getDate(3, utc())) + "|"
              + LocalDateTime.ofInstant(rs.getTimestamp(4, utc()).toInstant(), ZoneOffset.UTC));
        }
      }
      List<String> want = new ArrayList<>();
      try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
          "select u.id, u.age, cast(u.created_at as date), u.created_at from users u where "
              + region + " order by u.id limit 300")) {
        while (rs.next()) {
          Object age = rs.getObject(2);
          want.add(rs.getLong(1) + "|" + (age == null ? null : ((Number) age).longValue()) + "|"
              + rs.getObject(3, LocalDate.class) + "|" + rs.getObject(4, LocalDateTime.class));
        }
      }
      assertEquals(want, got);
      assertTrue(got.stream().anyMatch(r -> r.contains("|null|")), "some ages are NULL");

      BigDecimal revenue;
      String type;
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
          "SELECT AGGREGATE(`order_items.total_sale_price`) FROM ecommerce.order_items")) {
        assertTrue(rs.next());
        revenue = rs.getBigDecimal(1);
        type = rs.getMetaData().getColumnTypeName(1);
      }
      try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
          "select sum(oi.sale_price) from order_items oi join users u on u.id = oi.user_id"
              + " where " + region)) {
        assertTrue(rs.next());
        // The driver types a sum of a number field as DOUBLE: compare the doubles.
        assertEquals("DOUBLE", type);
        assertEquals(rs.getBigDecimal(1).doubleValue(), revenue.doubleValue());
      }
    }
  }

  @ParameterizedTest @EnumSource(value = Serialization.class, names = {"PROTOBUF", "JSON"})
  void serverSidePropertiesAreRefused(Serialization s) throws Exception {
    // url is the thin client's own (where the gateway is), never sent: RawProtocolTest sends it.
    for (String key : List.of("sudo", "schemaFactory", "model", "clientId", "token",
        "lex", "fun", "user")) {
      Properties p = new Properties();
      p.setProperty(key, "x");
      // The thin client fails a refused open with a RuntimeException, not an SQLException.
      Exception e = assertThrows(Exception.class, () -> rows(ThinClient.connect(
          url(gateway(s), basic("wendy", "wendy-pw")), p), "VALUES 1"), key);
      assertTrue(e.getMessage().contains("refuses connection property " + key), e::getMessage);
    }
    Properties allowed = new Properties();
    allowed.setProperty("showHidden", "true");
    allowed.setProperty("rowLimit", "10");
    try (Connection c = ThinClient.connect(url(gateway(s), basic("wendy", "wendy-pw")),
        allowed)) {
      // rowLimit 10 and the default onTruncation=fail: a result that fills it fails.
      assertThrows(SQLException.class, () -> rows(c,
          "SELECT `users.id` FROM ecommerce.users GROUP BY 1"));
    }
  }

  private static List<String> schemas(DatabaseMetaData md) throws SQLException {
    List<String> out = new ArrayList<>();
    try (ResultSet rs = md.getSchemas()) {
      while (rs.next()) {
        String schema = rs.getString("TABLE_SCHEM");
        if (!schema.equals("metadata")) {
          out.add(schema);
        }
      }
    }
    return out;
  }

  private static List<String> columns(DatabaseMetaData md, String table) throws SQLException {
    List<String> out = new ArrayList<>();
    try (ResultSet rs = md.getColumns(null, "ecommerce", table, null)) {
      while (rs.next()) {
        out.add(rs.getString("COLUMN_NAME"));
      }
    }
    return out;
  }

  private static LocalDate utcDate(java.sql.Date d) {
    return Instant.ofEpochMilli(d.getTime()).atOffset(ZoneOffset.UTC).toLocalDate();
  }

  private static Calendar utc() {
    return Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT);
  }
}
