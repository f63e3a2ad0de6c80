package io.looksql.emulator.server;

import static io.looksql.emulator.server.TestServer.json;
import static io.looksql.emulator.server.TestServer.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Large results stream; failures after the body began drop the connection; JDBC is always released. */
class StreamingTest {
  private static TestServer server;
  private static String token;

  @BeforeAll static void start() throws Exception {
    server = new TestServer();
    token = server.login();
  }

  @AfterAll static void stop() {
    server.close();
  }

  @Test void largeJsonResultIsStreamedCompletely() throws Exception {
    int rows = 200_000;
    HttpResponse<InputStream> r = server.postJsonStream("/queries/run/json", token,
        query("range", String.valueOf(rows)));
    assertEquals(200, r.statusCode());
    assertFalse(r.headers().firstValue("Content-Length").isPresent(), "chunked, length unknown");
    long count = 0;
    try (JsonParser p = TestServer.MAPPER.getFactory().createParser(r.body())) {
      assertEquals(JsonToken.START_ARRAY, p.nextToken());
      while (p.nextToken() == JsonToken.START_OBJECT) {
        assertEquals("orders.id", p.nextFieldName());
        p.nextToken();
        assertEquals(++count, p.getLongValue());
        assertEquals(JsonToken.END_OBJECT, p.nextToken());
      }
      assertEquals(JsonToken.END_ARRAY, p.currentToken());
      assertEquals(null, p.nextToken());
    }
    assertEquals(rows, count);
    assertPoolIdle();
  }

  @Test void millionRowCsvIsStreamedCompletely() throws Exception {
    int rows = 1_000_000;
    HttpResponse<InputStream> r = server.postJsonStream("/queries/run/csv", token,
        query("range", String.valueOf(rows)));
    assertEquals(200, r.statusCode());
    long lines = 0;
    long sum = 0;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(),
        StandardCharsets.UTF_8))) {
      assertEquals("Orders ID", in.readLine());
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lines++;
        sum += Long.parseLong(line);
      }
    }
    assertEquals(rows, lines);
    assertEquals((long) rows * (rows + 1) / 2, sum);
  }

  @Test void millionRowJsonBiIsStreamedCompletely() throws Exception {
    // 1,000,000 rows make about 30 MB of JSON; run with -DargLine=-Xmx40m to see nothing holds it.
    int rows = 1_000_000;
    HttpResponse<InputStream> r = server.postJsonStream("/queries/run/json_bi", token,
        query("range", String.valueOf(rows)));
    assertEquals(200, r.statusCode());
    long count = 0;
    try (JsonParser p = TestServer.MAPPER.getFactory().createParser(r.body())) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.FIELD_NAME && "value".equals(p.currentName())) {
          p.nextToken();
          assertEquals(++count, p.getLongValue());
        }
      }
    }
    assertEquals(rows, count);
  }

  @Test void errorAfterTheBodyBeganDropsTheConnection() throws Exception {
    HttpResponse<InputStream> r = server.postJsonStream("/queries/run/json", token,
        query("midstream", null));
    // The status line went out before row 150,000 (the failing one) was computed.
    assertEquals(200, r.statusCode());
    try (InputStream body = r.body()) {
      assertThrows(IOException.class, () -> {
        byte[] buffer = new byte[1 << 16];
        while (body.read(buffer) >= 0) {
          // Reading on until the truncated chunked body fails.
        }
      });
    }
    assertPoolIdle();
    assertEquals(3, json(server.postJson("/queries/run/json", token, query("orders", "3"))).size(),
        "the server keeps serving");
  }

  @Test void clientDisconnectReleasesTheConnection() throws Exception {
    HttpResponse<InputStream> r = server.postJsonStream("/queries/run/json", token,
        query("range", "5000000"));
    assertEquals(200, r.statusCode());
    try (InputStream body = r.body()) {
      assertTrue(body.readNBytes(4096).length == 4096);
    }
    assertPoolIdle();
    assertEquals(3, json(server.postJson("/queries/run/json", token, query("orders", "3"))).size());
  }

  /** Waits until no pooled connection is in use: statements and result sets were closed. */
  private static void assertPoolIdle() throws InterruptedException {
    long deadline = System.currentTimeMillis() + 20_000;
    while (server.dataSource.getHikariPoolMXBean().getActiveConnections() > 0) {
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("connections still in use: "
            + server.dataSource.getHikariPoolMXBean().getActiveConnections());
      }
      Thread.sleep(20);
    }
  }
}
