package io.looksql.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A scripted HTTP server for failures the emulator cannot (yet) produce on demand: each call to a
 * path takes the next scripted answer; {@code /login} always succeeds; every request is recorded.
 */
final class FakeLooker implements AutoCloseable {
  /** One scripted answer; {@code delay} is waited before answering. */
  record Answer(int status, Map<String, String> headers, String body, Duration delay) {
    static Answer of(int status, String body) {
      return new Answer(status, Map.of("Content-Type", "application/json"), body, Duration.ZERO);
    }

    static Answer error(int status, String message) {
      return of(status, "{\"message\":\"" + message + "\",\"documentation_url\":\"https://docs\"}");
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Map<String, Deque<Answer>> script = new java.util.concurrent.ConcurrentHashMap<>();
  private final List<String> requests = new ArrayList<>();

  FakeLooker() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Returns {@code http://127.0.0.1:PORT}. */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Scripts the next answers for {@code METHOD /path} (path under /api/4.0). */
  FakeLooker on(String methodAndPath, Answer... answers) {
    script.computeIfAbsent(methodAndPath, k -> new ArrayDeque<>()).addAll(List.of(answers));
    return this;
  }

  /** Returns the requests received, as {@code METHOD /path}. */
  synchronized List<String> requests() {
    return List.copyOf(requests);
  }

  /** Returns how many requests went to {@code METHOD /path}. */
  long count(String methodAndPath) {
    return requests().stream().filter(methodAndPath::equals).count();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String key = exchange.getRequestMethod() + " "
        + exchange.getRequestURI().getPath().replaceFirst("^/api/4\\.0", "");
    synchronized (this) {
      requests.add(key);
    }
    exchange.getRequestBody().readAllBytes();
    Answer a;
    if (key.equals("POST /login")) {
      a = Answer.of(200, "{\"access_token\":\"t" + count(key) + "\",\"token_type\":\"Bearer\","
          + "\"expires_in\":3600}");
    } else {
      Deque<Answer> answers = script.get(key);
      a = answers == null || answers.isEmpty() ? Answer.error(404, "Not found") : answers.poll();
    }
    try {
      Thread.sleep(a.delay().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      exchange.close();
      return;
    }
    a.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    byte[] body = a.body().getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(a.status(), body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    } catch (IOException e) {
      // ignore: the client gave up on this answer (a timeout test)
    }
  }

  @Override public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
