package io.looksql.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Decoding of {@code json_bi} bodies, with no server: shapes, types, and broken streams. */
class QueryRowsTest {
  private static final ApiCall CALL = ApiCall.get("/queries/1/run/json_bi");
  private static final String METADATA = "{\"metadata\":{\"fields\":{\"dimensions\":["
      + "{\"name\":\"a.s\",\"type\":\"string\"},{\"name\":\"a.n\",\"type\":\"number\"}],"
      + "\"measures\":[{\"name\":\"a.c\",\"type\":\"count\"}],\"table_calculations\":[]},"
      + "\"sql\":\"SELECT 1\",\"future_property\":{\"x\":[1,2]}},";

  private static QueryRows open(String json) throws IOException {
    return QueryRows.open(CALL, stream(json));
  }

  private static InputStream stream(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test void valuesKeepTheirJsonTypes() throws IOException {
    try (QueryRows rows = open(METADATA + "\"rows\":["
        + "{\"a.s\":{\"value\":\"x\"},\"a.n\":{\"value\":1.5,\"rendered\":\"$1.50\"},\"a.c\":{\"value\":3}},"
        + "{\"a.s\":{\"value\":null},\"a.n\":{\"value\":12345678901234567890},\"a.c\":{\"value\":true}},"
        + "{\"a.c\":{\"value\":[\"1\",null]},\"a.s\":{\"value\":\"out of order\"}}]}")) {
      assertEquals(List.of("a.s", "a.n", "a.c"), rows.fieldNames());
      assertEquals("SELECT 1", rows.metadata().sql());
      assertEquals(Arrays.asList("x", 1.5, 3L), rows.next().values());
      assertEquals(Arrays.asList(null, new BigInteger("12345678901234567890"), true),
          rows.next().values());
      Row third = rows.next();
      assertEquals("out of order", third.get("a.s"));
      assertNull(third.get("a.n"), "a missing cell is null");
      assertEquals(Arrays.asList("1", null), third.get("a.c"));
      assertFalse(rows.hasNext());
      assertEquals(3, rows.rowCount());
    }
  }

  @Test void pivotedCellsBecomeMaps() throws IOException {
    try (QueryRows rows = open(METADATA + "\"rows\":[{\"a.c\":{\"x\":{\"value\":1},"
        + "\"y\":{\"value\":null}}}]}")) {
      Map<?, ?> cell = (Map<?, ?>) rows.next().get("a.c");
      assertEquals(1L, cell.get("x"));
      assertTrue(cell.containsKey("y"));
    }
  }

  @Test void rowsBeforeMetadataTakeTheirNamesFromTheFirstRow() throws IOException {
    try (QueryRows rows = open("{\"rows\":[{\"b.x\":{\"value\":1},\"b.y\":{\"value\":\"z\"}},"
        + "{\"b.y\":{\"value\":\"w\"},\"b.x\":{\"value\":2}}],\"metadata\":{}}")) {
      assertEquals(List.of("b.x", "b.y"), rows.fieldNames());
      assertEquals(List.of(1L, "z"), rows.next().values());
      assertEquals(List.of(2L, "w"), rows.next().values());
      assertFalse(rows.hasNext());
    }
  }

  @Test void unknownKeysInRowsAreSkipped() throws IOException {
    try (QueryRows rows = open(METADATA + "\"rows\":[{\"a.s\":{\"value\":\"x\"},"
        + "\"extra\":{\"value\":{\"deep\":[1]}},\"a.c\":{\"value\":1}}]}")) {
      assertEquals(Arrays.asList("x", null, 1L), rows.next().values());
    }
  }

  @Test void truncatedStreamFailsCleanlyAndCountsWhatCame() throws IOException {
    QueryRows rows = open(METADATA + "\"rows\":[{\"a.s\":{\"value\":\"x\"}},{\"a.s\":{\"val");
    rows.next();
    LookerApiException e = assertThrows(LookerApiException.class, rows::hasNext);
    assertEquals(0, e.status());
    assertEquals("/queries/1/run/json_bi", e.path());
    assertTrue(e.getMessage().startsWith(
        "GET /queries/1/run/json_bi failed: result stream failed after 1 rows: "), e.getMessage());
    assertFalse(rows.hasNext(), "a failed result is closed");
  }

  @Test void notJsonBiIsRejectedAndTheStreamClosed() {
    boolean[] closed = {false};
    InputStream in = new ByteArrayInputStream("[1,2]".getBytes(StandardCharsets.UTF_8)) {
      @Override public void close() {
        closed[0] = true;
      }
    };
    IOException e = assertThrows(IOException.class, () -> QueryRows.open(CALL, in));
    assertEquals("Expected the start of a json_bi object but got START_ARRAY", e.getMessage());
    assertTrue(closed[0]);
  }
}
