package io.looksql.jdbc;

import static io.looksql.jdbc.SharedLooker.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What each leaf of a statement with sub-queries and joins asks Looker, read from
 * {@code EXPLAIN}: only the fields the statement uses, its filters pushed; and how many Looker
 * queries the statement makes, read from the emulator's query history: one per leaf, never one
 * per outer row. Each statement's rows are also compared with plain SQL on the database.
 */
class CompositionTest {
  private static Connection connection;

  @BeforeAll static void open() throws SQLException {
    connection = SharedLooker.connect();
  }

  @AfterAll static void close() throws SQLException {
    connection.close();
  }

  @Test void scalarSubQueryInWhereAsksForTheUsedFieldsOnly() throws SQLException {
    String sql = "select `users.id`, `users.state` from ecommerce.users "
        + "where `users.age` = (select max(`users.age`) from ecommerce.users)";
    List<JsonNode> leaves = leaves(sql);
    assertEquals(2, leaves.size(), leaves.toString());
    assertEquals(Set.of("users.id", "users.state", "users.age"), fields(leafWith(leaves,
        "users.id")));
    assertSameRows(sql, "select id, state from users where age = (select max(age) from users)");
    assertEquals(2, lookerQueries(sql));
  }

  @Test void joinToValuesBecomesAFilter() throws SQLException {
    String sql = "select p.`products.category`, p.`products.department` from ecommerce.products p"
        + " join (values ('Jeans')) v(c) on p.`products.category` = v.c";
    List<JsonNode> leaves = leaves(sql);
    assertEquals(1, leaves.size(), leaves.toString());
    assertEquals(Set.of("products.category", "products.department"), fields(leaves.get(0)));
    assertEquals(Map.of("products.category", "Jeans"), filters(leaves.get(0)));
    assertSameRows(sql,
        "select distinct category, department from products where category = 'Jeans'");
  }

  @Test void inSubQueryUnderDimensionsPushesBothFilters() throws SQLException {
    String sql = "select `products.brand` from ecommerce.products where `products.category` in "
        + "(select `products.category` from ecommerce.order_items "
        + "where `order_items.status` = 'Returned' and `order_items.sale_price` > 250)";
    List<JsonNode> leaves = leaves(sql);
    assertEquals(2, leaves.size(), leaves.toString());
    JsonNode inner = leafWith(leaves, "order_items.status");
    assertEquals(Set.of("products.category"), fields(inner));
    assertEquals(Map.of("order_items.status", "Returned", "order_items.sale_price", ">250"),
        filters(inner));
    JsonNode outer = leaves.get(leaves.get(0) == inner ? 1 : 0);
    assertEquals(Set.of("products.brand", "products.category"), fields(outer));
    assertEquals(2, lookerQueries(sql));
  }

  @Test void cteJoinedBackAsksEachLeafForItsFields() throws SQLException {
    String sql = "with c as (select `products.category` cat, `products.brand` b "
        + "from ecommerce.products where `products.department` = 'Women') "
        + "select c.cat, c.b from c join c d on c.b = d.b and c.cat <> d.cat";
    List<JsonNode> leaves = leaves(sql);
    for (JsonNode leaf : leaves) {
      assertEquals(Set.of("products.category", "products.brand"), fields(leaf));
      assertEquals(Map.of("products.department", "Women"), filters(leaf));
    }
    assertSameRows(sql, "with c as (select distinct category cat, brand b from products "
        + "where department = 'Women') select c.cat, c.b from c join c d on c.b = d.b "
        + "and c.cat <> d.cat");
    assertTrue(lookerQueries(sql) <= leaves.size(), "more Looker queries than leaves");
  }

  @Test void nonEquiJoinRunsEachLeafOnce() throws SQLException {
    String sql = "select a.b, c.cat from (select `products.brand` b, "
        + "aggregate(`products.max_retail_price`) m from ecommerce.products "
        + "group by `products.brand`) a join (select `products.category` cat, "
        + "aggregate(`products.average_retail_price`) v from ecommerce.products "
        + "group by `products.category`) c on a.m < c.v";
    assertSameRows(sql, "select a.b, c.cat from (select brand b, max(retail_price) m "
        + "from products group by brand) a join (select category cat, avg(retail_price) v "
        + "from products group by category) c on a.m < c.v");
    assertEquals(2, lookerQueries(sql));
  }

  @Test void correlatedSubQueryRunsEachLeafOnce() throws SQLException {
    String sql = "select u.`users.id` from ecommerce.users u where u.`users.age` > "
        + "(select avg(u2.`users.age`) from ecommerce.users u2 "
        + "where u2.`users.state` = u.`users.state`)";
    assertSameRows(sql, "select id from users u where age > (select avg(cast(age as double "
        + "precision)) from users u2 where u2.state = u.state)");
    assertEquals(2, lookerQueries(sql));
  }

  @Test void countOverADimensionSubQueryCountsItsRows() throws SQLException {
    String inner = "select `products.brand` from ecommerce.products";
    int rows = SharedLooker.rows(connection, inner).size();
    assertEquals(List.of(rows + "|"),
        SharedLooker.rows(connection, "select count(*) from (" + inner + ") t"));
  }

  @Test void textComparedWithANumberFailsWithTheValue() {
    SQLException e = assertThrows(SQLException.class, () -> SharedLooker.rows(connection,
        "select `users.id` from ecommerce.users where `users.zip` = 12345"));
    assertEquals("22018", e.getSQLState(), messages(e));
    assertTrue(e.getMessage().contains("SW1A 1AA"), e.getMessage());
  }

  /** Returns the Looker queries of the leaves of a statement's plan. */
  static List<JsonNode> leaves(String sql) throws SQLException {
    List<JsonNode> out = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : SharedLooker.rows(connection, "explain plan for " + sql).get(0)
        .split("\n")) {
      int at = line.indexOf("query=[{");
      if (at >= 0) {
        String text = line.substring(at + "query=[".length(), line.lastIndexOf("}])") + 1);
        try {
          out.add(json.readTree(text));
        } catch (java.io.IOException e) {
          throw new AssertionError(line, e);
        }
      }
    }
    return out;
  }

  private static JsonNode leafWith(List<JsonNode> leaves, String field) {
    for (JsonNode leaf : leaves) {
      if (fields(leaf).contains(field) || leaf.path("filters").has(field)) {
        return leaf;
      }
    }
    throw new AssertionError("no leaf uses " + field + ": " + leaves);
  }

  private static Set<String> fields(JsonNode leaf) {
    Set<String> out = new TreeSet<>();
    leaf.path("fields").forEach(f -> out.add(f.asText()));
    return out;
  }

  private static Map<String, String> filters(JsonNode leaf) {
    Map<String, String> out = new TreeMap<>();
    leaf.path("filters").fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
    return out;
  }

  private static void assertSameRows(String sql, String plain) throws SQLException {
    List<String> expected = new ArrayList<>(SharedLooker.plainRows(plain));
    List<String> actual = new ArrayList<>(SharedLooker.rows(connection, sql));
    expected.sort(null);
    actual.sort(null);
    assertEquals(expected, actual, sql);
  }

  /** Returns how many Looker queries one execution of the statement makes. */
  private static int lookerQueries(String sql) throws SQLException {
    long last = 0;
    for (JsonNode e : SharedLooker.adminGet("/emulator/history")) {
      last = Math.max(last, e.get("id").asLong());
    }
    SharedLooker.rows(connection, sql);
    int n = 0;
    for (JsonNode e : SharedLooker.adminGet("/emulator/history")) {
      n += e.get("id").asLong() > last ? 1 : 0;
    }
    return n;
  }
}
