package io.looksql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** {@code DatabaseMetaData}: Looker's columns in {@code getColumns}, quoting, prefetching. */
class MetadataTest {
  @Test void columnsCarryLookerMetadata() throws SQLException {
    Map<String, Map<String, Object>> columns = new HashMap<>();
    try (Connection c = SharedLooker.connect();
         ResultSet rs = c.getMetaData().getColumns(null, "ecommerce", "products", "products.%")) {
      while (rs.next()) {
        Map<String, Object> row = new HashMap<>();
        for (String k : new String[] {"REMARKS", "FIELD_LABEL", "FIELD_CATEGORY",
            "FIELD_DESCRIPTION", "LOOKER_TYPE", "HIDDEN", "VALUE_FORMAT", "IS_ADDITIVE",
            "TYPE_NAME"}) {
          row.put(k, rs.getObject(k));
        }
        columns.put(rs.getString("COLUMN_NAME"), row);
      }
    }
    Map<String, Object> name = columns.get("products.name");
    assertEquals("Some names contain characters that filter expressions must escape.",
        name.get("REMARKS"));
    assertEquals(name.get("REMARKS"), name.get("FIELD_DESCRIPTION"));
    assertEquals("Products Product Name", name.get("FIELD_LABEL")); // Looker's label: view and field
    assertEquals("dimension", name.get("FIELD_CATEGORY"));
    assertEquals("string", name.get("LOOKER_TYPE"));
    assertEquals(false, name.get("HIDDEN"));
    assertNull(name.get("IS_ADDITIVE"));
    Map<String, Object> total = columns.get("products.total_retail_price");
    assertEquals("measure", total.get("FIELD_CATEGORY"));
    assertEquals("sum", total.get("LOOKER_TYPE"));
    assertEquals("usd", total.get("VALUE_FORMAT"));
    assertEquals("MEASURE<DOUBLE>", total.get("TYPE_NAME"));
    // The explore joins inventory_items one-to-many, so its sums don't add up in every query.
    assertEquals(false, total.get("IS_ADDITIVE"));
    assertEquals(true, columns.get("products.max_retail_price").get("IS_ADDITIVE"));
    assertEquals(false, columns.get("products.brand_count").get("IS_ADDITIVE"));
  }

  @Test void identifiersAreQuotedWithBackticks() throws SQLException {
    try (Connection c = SharedLooker.connect()) {
      assertEquals("`", c.getMetaData().getIdentifierQuoteString());
    }
  }

  /** A catalog-wide getColumns fetches the explores at once, not one after another. */
  @Test void allColumnsFetchExploresConcurrently() throws SQLException {
    int latency = 400;
    // Another identity than the other tests', so that no explore is cached yet.
    String url = Driver.PREFIX + "url=" + SharedLooker.emulator().baseUrl()
        + ";clientId=looksql-west;clientSecret=looksql-west-secret";
    try (Connection c = DriverManager.getConnection(url)) {
      SharedLooker.addFault("{\"kind\": \"latency\", \"latency_ms\": " + latency
          + ", \"path\": \"/api/4.0/lookml_models/*/explores/*\"}");
      long start = System.nanoTime();
      Set<String> tables = new TreeSet<>();
      DatabaseMetaData md = c.getMetaData();
      try (ResultSet rs = md.getColumns(null, null, "%", "%")) {
        while (rs.next()) {
          tables.add(rs.getString("TABLE_NAME"));
        }
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertTrue(tables.size() >= 4, tables.toString());
      assertTrue(millis < (tables.size() - 1) * latency,
          tables.size() + " explores took " + millis + " ms");
    } finally {
      SharedLooker.clearFaults();
    }
  }
}
