package io.looksql.jdbc;

import static io.looksql.jdbc.SharedLooker.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A statement LookSQL refuses fails with SQLState 0A000 and the refusal's message, whether it is
 * prepared or executed directly; other failures keep theirs.
 */
class RefusalStateTest {
  /** Refused by the grouped-rows guard, after planning. */
  private static final String GROUPED =
      "select `products.brand`, count(*) over () from ecommerce.products";
  /** Refused by the validator. */
  private static final String WHERE = "select `products.brand` from ecommerce.products "
      + "where `products.count` > 3";

  private static Connection connection;

  @BeforeAll static void open() throws SQLException {
    connection = SharedLooker.connect();
  }

  @AfterAll static void close() throws SQLException {
    connection.close();
  }

  @Test void executedDirectly() {
    assertRefused(assertThrows(SQLException.class, () -> SharedLooker.rows(connection, GROUPED)),
        "can't be computed from Looker's grouped rows");
    assertRefused(assertThrows(SQLException.class, () -> SharedLooker.rows(connection, WHERE)),
        "can't be used in WHERE");
  }

  @Test void prepared() {
    assertRefused(assertThrows(SQLException.class, () -> connection.prepareStatement(GROUPED)),
        "can't be computed from Looker's grouped rows");
    assertRefused(assertThrows(SQLException.class, () -> connection.prepareStatement(WHERE)),
        "can't be used in WHERE");
  }

  @Test void otherFailuresAreNotRefusals() {
    SQLException e = assertThrows(SQLException.class,
        () -> connection.prepareStatement("select `products.colour` from ecommerce.products"));
    assertNotEquals("0A000", e.getSQLState(), messages(e));
  }

  private static void assertRefused(SQLException e, String reason) {
    assertEquals("0A000", e.getSQLState(), messages(e));
    assertTrue(e.getMessage().contains(reason), e.getMessage());
  }
}
