package io.looksql.jdbc;

import static io.looksql.jdbc.SharedLooker.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Parameters bound with whatever setter a tool calls reach the statement converted by the JDBC
 * conversion table, or fail with 22018 / 22007: never a different value. Each expected answer is
 * the same question in plain SQL on the emulator's database.
 */
class ParameterConversionTest {
  private static final String PREMIUM =
      "select count(*) from ecommerce.products where `products.is_premium` = ?";
  private static final String PER_DAY = "select `orders.created_date`, count(*) "
      + "from ecommerce.orders where `orders.created_date` = ? group by 1";

  private static Connection connection;
  private static LocalDate day;

  @BeforeAll static void open() throws SQLException {
    connection = SharedLooker.connect();
    // The day with the most orders, so that a wrong day shows as a different answer.
    day = LocalDate.parse(SharedLooker.plainRows("select cast(created_at as date) d "
        + "from orders group by d order by count(*) desc, d limit 1").get(0).replace("|", ""));
  }

  @AfterAll static void close() throws SQLException {
    connection.close();
  }

  @Test void yesNoParameterFromTextNumberOrBoolean() throws SQLException {
    List<String> yes = SharedLooker.plainRows(
        "select count(*) from products where retail_price >= 100");
    List<String> no = SharedLooker.plainRows(
        "select count(*) from products where retail_price < 100");
    for (Object v : new Object[] {"true", "Yes", "YES", "1", 1, 1L, BigDecimal.ONE, true}) {
      assertEquals(yes, premium(v), "bound " + v + " (" + v.getClass().getSimpleName() + ")");
    }
    for (Object v : new Object[] {"false", "No", "0", 0, false}) {
      assertEquals(no, premium(v), "bound " + v + " (" + v.getClass().getSimpleName() + ")");
    }
    try (PreparedStatement p = connection.prepareStatement(PREMIUM)) {
      p.setBoolean(1, true);
      assertEquals(yes, SharedLooker.rows(p.executeQuery()));
      p.setString(1, "No");
      assertEquals(no, SharedLooker.rows(p.executeQuery()));
    }
  }

  @Test void yesNoParameterThatIsNoBooleanFails() {
    for (Object v : new Object[] {"maybe", 2, new BigDecimal("0.5"), LocalDate.of(2024, 1, 1)}) {
      SQLException e = assertThrows(SQLException.class, () -> premium(v), String.valueOf(v));
      assertEquals("22018", e.getSQLState(), messages(e));
    }
  }

  @Test void dateParameterFromEveryDateAndTimeType() throws SQLException {
    List<String> expected = SharedLooker.plainRows("select cast(created_at as date), count(*) "
        + "from orders where cast(created_at as date) = DATE '" + day + "' "
        + "group by cast(created_at as date)");
    Instant midnight = day.atStartOfDay(ZoneOffset.UTC).toInstant();
    Object[] values = {day, day.toString(), day + " 00:00:00", day.atStartOfDay(),
        Timestamp.from(midnight), java.util.Date.from(midnight), midnight,
        midnight.atOffset(ZoneOffset.ofHours(2)), midnight.atOffset(ZoneOffset.ofHours(-7))};
    for (Object v : values) {
      assertEquals(expected, perDay(v), "bound " + v + " (" + v.getClass().getSimpleName() + ")");
    }
  }

  @Test void dateParameterWithATimeOfDayFails() {
    Instant tenThirty = day.atTime(10, 30).toInstant(ZoneOffset.UTC);
    for (Object v : new Object[] {Timestamp.from(tenThirty), java.util.Date.from(tenThirty),
        tenThirty, day.atTime(10, 30), day + " 10:30:00", "yesterday"}) {
      SQLException e = assertThrows(SQLException.class, () -> perDay(v), String.valueOf(v));
      assertEquals("22007", e.getSQLState(), messages(e));
    }
    SQLException e = assertThrows(SQLException.class, () -> perDay(20240101));
    assertEquals("22018", e.getSQLState(), messages(e));
  }

  @Test void timestampParameterFromEveryType() throws SQLException {
    LocalDateTime noon = day.atTime(12, 0);
    List<String> expected = SharedLooker.plainRows("select count(distinct order_id) from orders "
        + "where created_at >= TIMESTAMP '" + day + " 12:00:00'");
    String sql = "select count(distinct `orders.order_id`) from ecommerce.orders "
        + "where `orders.created_time` >= ?";
    Instant instant = noon.toInstant(ZoneOffset.UTC);
    for (Object v : new Object[] {noon, day + " 12:00:00", day + "T12:00", instant,
        OffsetDateTime.of(noon.plusHours(3), ZoneOffset.ofHours(3)), Timestamp.from(instant)}) {
      try (PreparedStatement p = connection.prepareStatement(sql)) {
        p.setObject(1, v);
        assertEquals(expected, SharedLooker.rows(p.executeQuery()), "bound " + v);
        p.setObject(1, v, Types.TIMESTAMP);
        assertEquals(expected, SharedLooker.rows(p.executeQuery()), "bound as TIMESTAMP " + v);
      }
    }
  }

  @Test void timestampFinerThanMillisecondsFails() throws SQLException {
    Timestamp fine = Timestamp.from(day.atTime(12, 0).toInstant(ZoneOffset.UTC));
    fine.setNanos(123_456_789);
    try (PreparedStatement p = connection.prepareStatement("select count(*) "
        + "from ecommerce.orders where `orders.created_time` >= ?")) {
      for (SqlCall set : new SqlCall[] {() -> p.setTimestamp(1, fine),
          () -> p.setObject(1, fine), () -> p.setObject(1, fine, Types.TIMESTAMP),
          () -> p.setObject(1, fine.toLocalDateTime())}) {
        SQLException e = assertThrows(SQLException.class, () -> {
          set.run();
          p.executeQuery().close();
        });
        assertEquals("22007", e.getSQLState(), messages(e));
      }
    }
  }

  /** A JDBC call. */
  private interface SqlCall {
    void run() throws SQLException;
  }

  @Test void setObjectWithATargetTypeConvertsToIt() throws SQLException {
    List<String> yes = SharedLooker.plainRows(
        "select count(*) from products where retail_price >= 100");
    try (PreparedStatement p = connection.prepareStatement(PREMIUM)) {
      p.setObject(1, "yes", Types.BOOLEAN);
      assertEquals(yes, SharedLooker.rows(p.executeQuery()));
      p.setObject(1, 1, Types.BIT);
      assertEquals(yes, SharedLooker.rows(p.executeQuery()));
      SQLException e = assertThrows(SQLException.class,
          () -> p.setObject(1, "soon", Types.TIMESTAMP));
      assertEquals("22007", e.getSQLState(), messages(e));
    }
  }

  @Test void integerParameterRefusesFractions() throws SQLException {
    String sql = "select count(*) from ecommerce.orders where `orders.num_of_item` = ?";
    List<String> expected = SharedLooker.plainRows(
        "select count(*) from orders where num_of_item = 2");
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      for (Object v : new Object[] {2, "2", 2.0, new BigDecimal("2.00")}) {
        p.setObject(1, v);
        assertEquals(expected, SharedLooker.rows(p.executeQuery()), "bound " + v);
      }
    }
  }

  private static List<String> premium(Object value) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement(PREMIUM)) {
      p.setObject(1, value);
      return SharedLooker.rows(p.executeQuery());
    }
  }

  private static List<String> perDay(Object value) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement(PER_DAY)) {
      p.setObject(1, value);
      return SharedLooker.rows(p.executeQuery());
    }
  }
}
