package io.looksql.jdbc;

import static io.looksql.jdbc.SharedLooker.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every failure has an SQLState and a short message that names the position and the identifier:
 * a statement LookSQL refuses fails with 0A000 and the refusal's message, whether it is prepared
 * or executed directly; syntax errors 42000, unknown tables 42S02, unknown columns 42S22,
 * statements that write 25006, that define 0A000.
 */
class SqlStateTest {
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

  @Test void unknownColumn() {
    SQLException e = assertFails("select `products.colour` from ecommerce.products", "42S22");
    assertTrue(e.getMessage().contains("line 1, column 8")
        && e.getMessage().contains("'products.colour'"), e.getMessage());
  }

  @Test void unknownTable() {
    SQLException e = assertFails("select * from ecommerce.nothing", "42S02");
    assertTrue(e.getMessage().contains("'nothing'"), e.getMessage());
  }

  @Test void syntaxError() {
    SQLException e = assertFails("select `products.brand` frm ecommerce.products", "42000");
    assertTrue(e.getMessage().contains("line 1, column"), e.getMessage());
    assertFalse(e.getMessage().contains("Was expecting"), e.getMessage());
  }

  @Test void unknownFunction() {
    SQLException e = assertFails("select nofunc(`products.brand`) from ecommerce.products",
        "42000");
    assertTrue(e.getMessage().contains("nofunc"), e.getMessage());
  }

  @Test void writesAndDefinitionsFailShortly() {
    for (String sql : new String[] {"insert into ecommerce.products values (1)",
        "  /* x */ UPDATE ecommerce.products set `products.brand` = 'a'",
        "delete from ecommerce.products"}) {
      SQLException e = assertFails(sql, "25006");
      assertTrue(e.getMessage().length() < 200 && e.getMessage().contains("read-only"),
          e.getMessage());
    }
    assertFails("create table t (x int)", "0A000");
    assertFails("drop table ecommerce.products", "0A000");
  }

  /** Asserts that a statement fails, prepared and executed, with a state and a short message. */
  private static SQLException assertFails(String sql, String state) {
    SQLException direct = assertThrows(SQLException.class, () -> SharedLooker.rows(connection,
        sql));
    assertEquals(state, direct.getSQLState(), messages(direct));
    SQLException prepared = assertThrows(SQLException.class,
        () -> connection.prepareStatement(sql));
    assertEquals(state, prepared.getSQLState(), messages(prepared));
    assertTrue(prepared.getMessage().lines().count() <= 4, prepared.getMessage());
    return prepared;
  }

  private static void assertRefused(SQLException e, String reason) {
    assertEquals("0A000", e.getSQLState(), messages(e));
    assertTrue(e.getMessage().contains(reason), e.getMessage());
  }
}
