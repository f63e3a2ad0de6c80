package io.looksql.emulator.server;

import static io.looksql.emulator.server.TestServer.ORDER_ROWS;
import static io.looksql.emulator.server.TestServer.json;
import static io.looksql.emulator.server.TestServer.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TimeZone;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each result format over real HTTP, checked against ORDERS_T read with plain SQL (dates formatted
 * by the database, not by the code under test).
 */
class ResultFormatsTest {
  private static final List<String> FIELDS = new ArrayList<>(TestPlanner.ORDERS_FIELDS.keySet());
  private static final List<String> LABELS = List.of("Orders ID", "Orders Status",
      "Orders Is Big (Yes / No)", "Orders Created Date", "Orders Created Month",
      "Orders Created Time", "Orders Amount", "Orders Note", "Orders Total Amount");
  private static final String ALL = query("orders", "-1");

  private static TestServer server;
  private static String token;
  private static List<Object[]> expected;

  @BeforeAll static void start() throws Exception {
    server = new TestServer();
    token = server.login();
    expected = expectedRows(server.dataSource);
  }

  @AfterAll static void stop() {
    server.close();
  }

  /** Rows of ORDERS_T as the formats must show them: Long, String, BigDecimal, Double or null. */
  static List<Object[]> expectedRows(DataSource ds) throws Exception {
    List<Object[]> rows = new ArrayList<>();
    try (Connection c = ds.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT ID, STATUS, IS_BIG,"
            + " FORMATDATETIME(CREATED_DATE, 'yyyy-MM-dd'), FORMATDATETIME(CREATED_AT, 'yyyy-MM'),"
            + " FORMATDATETIME(CREATED_AT, 'yyyy-MM-dd HH:mm:ss'), AMOUNT, NOTE, RATIO"
            + " FROM ORDERS_T ORDER BY ID")) {
      while (rs.next()) {
        Object[] row = new Object[9];
        row[0] = rs.getLong(1);
        for (int i = 2; i <= 6; i++) {
          row[i - 1] = rs.getString(i);
        }
        row[6] = rs.getBigDecimal(7);
        row[7] = rs.getString(8);
        double ratio = rs.getDouble(9);
        row[8] = rs.wasNull() ? null : ratio;
        rows.add(row);
      }
    }
    return rows;
  }

  @Test void jsonIsAnArrayOfRowsKeyedByFieldName() throws Exception {
    HttpResponse<String> r = server.postJson("/queries/run/json", token, ALL);
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("application/json", r.headers().firstValue("Content-Type").orElse(""));
    JsonNode rows = json(r);
    assertEquals(ORDER_ROWS, rows.size());
    for (int i = 0; i < ORDER_ROWS; i++) {
      JsonNode row = rows.get(i);
      List<String> keys = new ArrayList<>();
      row.fieldNames().forEachRemaining(keys::add);
      assertEquals(FIELDS, keys);
      assertRow(expected.get(i), FIELDS.stream().map(row::get).toArray(JsonNode[]::new));
    }
  }

  @Test void jsonHonoursTheLimitParameter() throws Exception {
    assertEquals(10, json(server.postJson("/queries/run/json?limit=10", token, ALL)).size());
    assertEquals(25, json(server.postJson("/queries/run/json", token, query("orders", "25"))).size());
    assertEquals(0, json(server.postJson("/queries/run/json", token, query("orders", "0"))).size());
  }

  @Test void jsonDetailHasFieldsDataAndSql() throws Exception {
    HttpResponse<String> r = server.postJson("/queries/run/json_detail", token, ALL);
    assertEquals(200, r.statusCode(), r.body());
    JsonNode body = json(r);
    assertEquals(FIELDS.subList(0, 8), MetadataTest.names(body.get("fields").get("dimensions")));
    assertEquals(List.of("orders.total_amount"), MetadataTest.names(body.get("fields").get("measures")));
    assertEquals(0, body.get("fields").get("table_calculations").size());
    assertEquals(0, body.get("fields").get("pivots").size());
    assertEquals("Orders Created Date",
        body.get("fields").get("dimensions").get(3).get("label").asText());
    assertFalse(body.get("has_totals").asBoolean());
    assertEquals(TestPlanner.ORDERS_SQL + " LIMIT 9223372036854775807", body.get("sql").asText());
    assertTrue(Double.parseDouble(body.get("runtime").asText()) >= 0);
    JsonNode data = body.get("data");
    assertEquals(ORDER_ROWS, data.size());
    for (int i = 0; i < ORDER_ROWS; i++) {
      JsonNode row = data.get(i);
      assertRow(expected.get(i), FIELDS.stream().map(f -> row.get(f).get("value")).toArray(JsonNode[]::new));
    }
  }

  @Test void jsonBiHasMetadataAndValueCells() throws Exception {
    HttpResponse<String> r = server.postJson("/queries/run/json_bi", token,
        "{\"model\":\"shop\",\"view\":\"orders\",\"filters\":{\"orders.status\":\"complete\"},"
            + "\"filter_expression\":\"1=1\",\"limit\":\"-1\"}");
    assertEquals(200, r.statusCode(), r.body());
    JsonNode body = json(r);
    JsonNode metadata = body.get("metadata");
    JsonNode dims = metadata.get("fields").get("dimensions");
    assertEquals(FIELDS.subList(0, 8), MetadataTest.names(dims));
    List<String> keys = new ArrayList<>();
    dims.get(0).fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("sql", "view", "dimension_group", "category", "field_group_label", "name",
        "type", "view_label", "label", "field_group_variant", "hidden", "description"), keys);
    assertEquals("orders.created", dims.get(3).get("dimension_group").asText());
    assertEquals("Date", dims.get(3).get("field_group_variant").asText());
    assertEquals(List.of("orders.total_amount"),
        MetadataTest.names(metadata.get("fields").get("measures")));
    assertEquals(0, metadata.get("pivots").size());
    assertFalse(metadata.get("has_totals").asBoolean());
    assertFalse(metadata.get("has_subtotals").asBoolean());
    assertEquals("complete", metadata.get("filters").get("orders.status").asText());
    assertEquals("1=1", metadata.get("filter_expression").asText());
    assertTrue(metadata.get("sql").asText().startsWith("SELECT ID"));
    assertEquals(0, metadata.get("big_query_metadata").get("total_bytes_processed").asLong());
    JsonNode rows = body.get("rows");
    assertEquals(ORDER_ROWS, rows.size());
    for (int i = 0; i < ORDER_ROWS; i++) {
      JsonNode row = rows.get(i);
      assertRow(expected.get(i), FIELDS.stream().map(f -> row.get(f).get("value")).toArray(JsonNode[]::new));
    }
  }

  @Test void csvHasLabelsThenQuotedRows() throws Exception {
    HttpResponse<String> r = server.postJson("/queries/run/csv", token, ALL);
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    List<List<String>> records = Csv.parse(r.body());
    assertEquals(ORDER_ROWS + 1, records.size());
    assertEquals(LABELS, records.get(0));
    for (int i = 0; i < ORDER_ROWS; i++) {
      assertText(expected.get(i), records.get(i + 1), false);
    }
  }

  @Test void txtIsTabSeparatedWithoutBreaksInValues() throws Exception {
    HttpResponse<String> r = server.postJson("/queries/run/txt", token, ALL);
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
    String[] lines = r.body().split("\n", -1);
    assertEquals(ORDER_ROWS + 2, lines.length, "header, rows, and the empty rest after the last \\n");
    assertEquals("", lines[ORDER_ROWS + 1]);
    assertEquals(LABELS, Arrays.asList(lines[0].split("\t", -1)));
    for (int i = 0; i < ORDER_ROWS; i++) {
      assertText(expected.get(i), Arrays.asList(lines[i + 1].split("\t", -1)), true);
    }
  }

  @Test void sqlFormatReturnsTheStatementWithLiterals() throws Exception {
    HttpResponse<String> r = server.postJson("/queries/run/sql", token, query("orders", "7"));
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
    assertEquals(TestPlanner.ORDERS_SQL + " LIMIT 7", r.body());
  }

  @Test void valuesDoNotDependOnTheJvmTimeZone() throws Exception {
    TimeZone original = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Chatham"));
    try (TestServer s = new TestServer()) {
      JsonNode rows = json(s.postJson("/queries/run/json", s.login(), ALL));
      for (int i = 0; i < ORDER_ROWS; i++) {
        JsonNode row = rows.get(i);
        assertRow(expected.get(i), FIELDS.stream().map(row::get).toArray(JsonNode[]::new));
      }
    } finally {
      TimeZone.setDefault(original);
    }
  }

  private static void assertRow(Object[] expected, JsonNode[] actual) {
    String where = "row " + expected[0];
    assertTrue(actual[0].isIntegralNumber(), where);
    assertEquals(expected[0], actual[0].asLong(), where);
    for (int i : new int[] {1, 2, 3, 4, 5, 7}) {
      if (expected[i] == null) {
        assertTrue(actual[i].isNull(), where + " col " + i);
      } else {
        assertTrue(actual[i].isTextual(), where + " col " + i);
        assertEquals(expected[i], actual[i].asText(), where + " col " + i);
      }
    }
    if (expected[6] == null) {
      assertTrue(actual[6].isNull(), where);
    } else {
      assertTrue(actual[6].isNumber(), where);
      assertEquals(0, ((BigDecimal) expected[6]).compareTo(actual[6].decimalValue()), where);
    }
    if (expected[8] == null) {
      assertTrue(actual[8].isNull(), where);
    } else {
      assertTrue(actual[8].isNumber(), where);
      assertEquals((Double) expected[8], actual[8].doubleValue(), where);
    }
  }

  /** Checks a csv or txt record; NULL is empty, numbers compare by value. */
  private static void assertText(Object[] expected, List<String> actual, boolean txt) {
    String where = "row " + expected[0];
    assertEquals(9, actual.size(), where);
    assertEquals(String.valueOf(expected[0]), actual.get(0), where);
    for (int i : new int[] {1, 2, 3, 4, 5, 7}) {
      String want = expected[i] == null ? "" : (String) expected[i];
      if (txt) {
        want = want.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
      }
      assertEquals(want, actual.get(i), where + " col " + i);
    }
    if (expected[6] == null) {
      assertEquals("", actual.get(6), where);
    } else {
      assertEquals(0, ((BigDecimal) expected[6]).compareTo(new BigDecimal(actual.get(6))), where);
    }
    if (expected[8] == null) {
      assertEquals("", actual.get(8), where);
    } else {
      assertEquals((Double) expected[8], Double.parseDouble(actual.get(8)), where);
    }
  }
}
