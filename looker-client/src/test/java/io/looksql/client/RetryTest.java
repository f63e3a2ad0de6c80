package io.looksql.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.looksql.client.FakeLooker.Answer;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Retries, backoff, Retry-After, timeouts and interrupts, against a scripted server. */
class RetryTest {
  private static final String USER = "{\"id\":\"7\",\"email\":\"u@example.com\"}";
  private static final String TASK = "{\"id\":\"task1\",\"status\":\"added\"}";

  private FakeLooker server;
  private LookerClient client;

  @BeforeEach void start() throws Exception {
    server = new FakeLooker();
    client = client(server.baseUrl(), Duration.ofSeconds(10));
  }

  @AfterEach void stop() {
    client.close();
    server.close();
  }

  private static LookerClient client(String url, Duration requestTimeout) {
    return LookerClient.create(LookerClientConfig.builder().baseUrl(url).clientId("id")
        .clientSecret("secret").environment(Map.of()).requestTimeout(requestTimeout)
        .retryPolicy(new RetryPolicy(4, Duration.ofMillis(10), Duration.ofSeconds(2))).build());
  }

  @Test void tooManyRequestsWaitsAsLongAsRetryAfterSays() {
    server.on("GET /user", new Answer(429, Map.of("Retry-After", "1"), "", Duration.ZERO),
        Answer.of(200, USER));
    long start = System.nanoTime();
    assertEquals("7", client.fetchMe().id());
    assertTrue(System.nanoTime() - start >= 1_000_000_000L, "waited for Retry-After");
    assertEquals(2, server.count("GET /user"));
  }

  @Test void unavailableIsRetriedForReads() {
    server.on("GET /user", Answer.error(503, "Unavailable"), Answer.error(502, "Bad gateway"),
        Answer.error(504, "Timeout"), Answer.of(200, USER));
    assertEquals("7", client.fetchMe().id());
    assertEquals(4, server.count("GET /user"));
  }

  @Test void retriesEndAfterMaxAttempts() {
    for (int i = 0; i < 5; i++) {
      server.on("GET /user", Answer.error(503, "Unavailable"));
    }
    LookerApiException e = assertThrows(LookerApiException.class, client::fetchMe);
    assertEquals(503, e.status());
    assertEquals("GET /user 503: Unavailable", e.getMessage());
    assertEquals(4, server.count("GET /user"));
  }

  @Test void nonIdempotentCallIsNotRepeatedAfterTheServerMayHaveActed() {
    server.on("POST /query_tasks", Answer.error(503, "Unavailable"), Answer.of(200, TASK));
    LookerApiException e = assertThrows(LookerApiException.class,
        () -> client.createQueryTask("1"));
    assertEquals(503, e.status());
    assertEquals(1, server.count("POST /query_tasks"), "a second task might have started");
  }

  @Test void nonIdempotentCallIsRepeatedAfterA429() {
    server.on("POST /query_tasks", Answer.error(429, "Too many"), Answer.of(200, TASK));
    assertEquals("task1", client.createQueryTask("1").id());
    assertEquals(2, server.count("POST /query_tasks"));
  }

  @Test void retryAfterBeyondMaxBackoffIsNotWaitedFor() {
    server.on("GET /user", new Answer(429, Map.of("Retry-After", "3600",
        "Content-Type", "application/json"), "{\"message\":\"slow down\"}", Duration.ZERO));
    LookerApiException e = assertThrows(LookerApiException.class, client::fetchMe);
    assertEquals(429, e.status());
    assertEquals("slow down", e.lookerMessage());
  }

  @Test void rejectedTokenIsRenewedOnlyOnce() {
    server.on("GET /user", Answer.error(401, "Requires authentication."),
        Answer.error(401, "Requires authentication."), Answer.of(200, USER));
    LookerApiException e = assertThrows(LookerApiException.class, client::fetchMe);
    assertEquals(401, e.status());
    assertEquals(2, server.count("POST /login"));
    assertEquals(2, server.count("GET /user"));
  }

  @Test void errorPagesThatAreNotJsonKeepTheirText() {
    server.on("GET /user", new Answer(500, Map.of("Content-Type", "text/html"),
        "<html>proxy error</html>", Duration.ZERO));
    LookerApiException e = assertThrows(LookerApiException.class, client::fetchMe);
    assertEquals("GET /user 500: <html>proxy error</html>", e.getMessage());
  }

  @Test void refusedConnectionsAreRetriedThenReported() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    try (LookerClient dead = client("http://127.0.0.1:" + port, Duration.ofSeconds(5))) {
      LookerApiException e = assertThrows(LookerApiException.class, dead::fetchVersions);
      assertEquals(0, e.status());
      assertInstanceOf(ConnectException.class, e.getCause());
    }
  }

  @Test void requestTimeoutIsNotRetried() {
    server.on("GET /user", new Answer(200, Map.of(), USER, Duration.ofSeconds(2)));
    try (LookerClient impatient = client(server.baseUrl(), Duration.ofMillis(300))) {
      LookerApiException e = assertThrows(LookerApiException.class, impatient::fetchMe);
      assertEquals("GET /user failed: timed out", e.getMessage());
      assertInstanceOf(HttpTimeoutException.class, e.getCause());
      assertEquals(1, server.count("GET /user"));
    }
  }

  @Test void interruptEndsTheCallAndKeepsTheFlag() throws Exception {
    server.on("GET /user", new Answer(200, Map.of(), USER, Duration.ofSeconds(5)));
    client.login();
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicReference<Boolean> flag = new AtomicReference<>();
    Thread t = new Thread(() -> {
      try {
        client.fetchMe();
      } catch (LookerApiException e) {
        thrown.set(e.getCause());
        flag.set(Thread.currentThread().isInterrupted());
      }
    });
    t.start();
    Thread.sleep(300);
    long start = System.nanoTime();
    t.interrupt();
    t.join(2000);
    assertTrue(System.nanoTime() - start < 1_000_000_000L, "returned promptly");
    assertInstanceOf(InterruptedException.class, thrown.get());
    assertTrue(flag.get());
  }
}
