package io.looksql.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;

/**
 * Sends API calls: adds the headers and the token, retries what may be retried, renews a rejected
 * token once, and turns error responses into {@link LookerApiException}s.
 */
final class Transport {
  /** Reads a successful response; it either closes the body or takes ownership of it. */
  @FunctionalInterface
  interface BodyReader<T> {
    T read(HttpResponse<InputStream> response) throws IOException;
  }

  private final HttpClient http;
  private final ExecutorService executor;
  private final URI apiBase;
  private final LookerClientConfig config;

  Transport(LookerClientConfig config, HttpClient http, ExecutorService executor) {
    this.config = config;
    this.http = http;
    this.executor = executor;
    this.apiBase = URI.create(config.baseUrl() + "/api/4.0");
  }

  /** Returns the configuration. */
  LookerClientConfig config() {
    return config;
  }

  /** Stops the client's worker threads; calls in flight fail. */
  void close() {
    executor.shutdownNow();
  }

  /**
   * Sends a call and reads its successful response.
   *
   * @param auth the identity to call as, or null for unauthenticated calls
   * @throws LookerApiException if the server answers with an error or no answer comes
   */
  <T> T send(ApiCall call, TokenSession auth, BodyReader<T> reader) {
    RetryPolicy policy = config.retryPolicy();
    boolean renewed = false;
    for (int attempt = 1; ; attempt++) {
      String token = auth == null ? null : auth.token();
      HttpResponse<InputStream> response;
      try {
        response = exchange(call, token);
      } catch (IOException e) {
        if (attempt < policy.maxAttempts() && retryable(call, e)) {
          sleep(call, policy.backoff(attempt));
          continue;
        }
        throw failure(call, e);
      }
      int status = response.statusCode();
      if (status >= 200 && status < 300) {
        try {
          return reader.read(response);
        } catch (IOException e) {
          ErrorResponses.discard(response);
          throw call.aborted() ? AbortSignal.failure(call, e) : failure(call, e);
        }
      }
      if (status == 401 && auth != null && auth.renewable() && !renewed) {
        // A token can die before its expiry (server restart, logout elsewhere): log in again,
        // once; the server rejected the call, so repeating it is safe even for a POST.
        ErrorResponses.discard(response);
        auth.invalidate(token);
        renewed = true;
        attempt--;
        continue;
      }
      Duration wait = attempt < policy.maxAttempts() ? retryDelay(call, response, attempt) : null;
      if (wait == null) {
        throw ErrorResponses.toException(call, response);
      }
      ErrorResponses.discard(response);
      sleep(call, wait);
    }
  }

  private HttpResponse<InputStream> exchange(ApiCall call, String token) throws IOException {
    if (call.aborted()) {
      throw AbortSignal.failure(call, null);
    }
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(apiBase + call.pathAndQuery()))
        .timeout(call.timeout() != null ? call.timeout() : config.requestTimeout())
        .header("User-Agent", config.userAgent())
        .header("x-looker-appid", config.appId());
    if (token != null) {
      b.header("Authorization", "token " + token);
    }
    if (call.body() != null) {
      b.header("Content-Type", call.contentType());
      b.method(call.method(), HttpRequest.BodyPublishers.ofByteArray(call.body()));
    } else {
      b.method(call.method(), HttpRequest.BodyPublishers.noBody());
    }
    CompletableFuture<HttpResponse<InputStream>> future =
        http.sendAsync(b.build(), HttpResponse.BodyHandlers.ofInputStream());
    if (call.abort() != null) {
      call.abort().onAbort(() -> future.cancel(true));
    }
    try {
      return future.get();
    } catch (CancellationException e) {
      throw AbortSignal.failure(call, e);
    } catch (InterruptedException e) {
      future.cancel(true);
      // A response that arrived anyway must not hold its connection.
      future.thenAccept(ErrorResponses::discard);
      Thread.currentThread().interrupt();
      throw new LookerApiException(call.method(), call.path(), 0, "interrupted", null, null, e);
    } catch (ExecutionException e) {
      if (call.aborted()) {
        throw AbortSignal.failure(call, e.getCause());
      }
      Throwable cause = e.getCause();
      if (cause instanceof IOException) {
        throw (IOException) cause;
      }
      throw new IOException(cause);
    }
  }

  /**
   * Returns whether a call that failed with {@code e} may be tried again: always when no
   * connection was made (the server never saw it), otherwise only if idempotent; never after a
   * request timeout, since the server is slow and a repeat only adds load.
   */
  private static boolean retryable(ApiCall call, IOException e) {
    if (e instanceof HttpConnectTimeoutException || e instanceof ConnectException) {
      return true;
    }
    if (e instanceof HttpTimeoutException) {
      return false;
    }
    return call.idempotent();
  }

  /** Returns how long to wait before retrying an error response, or null not to retry. */
  private Duration retryDelay(ApiCall call, HttpResponse<InputStream> response, int attempt) {
    int status = response.statusCode();
    // A 429 was refused before any work, so even a non-idempotent call may be repeated.
    boolean retry = status == 429
        || (call.idempotent() && (status == 502 || status == 503 || status == 504));
    if (!retry) {
      return null;
    }
    Duration asked = ErrorResponses.retryAfter(response);
    if (asked == null) {
      return config.retryPolicy().backoff(attempt);
    }
    return asked.compareTo(config.retryPolicy().maxBackoff()) <= 0 ? asked : null;
  }

  /** Waits before a retry; an abort ends the wait, and the next attempt then fails at once. */
  private static void sleep(ApiCall call, Duration delay) {
    try {
      if (call.abort() != null) {
        call.abort().sleep(delay);
      } else {
        Thread.sleep(delay.toMillis());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LookerApiException(call.method(), call.path(), 0, "interrupted", null, null, e);
    }
  }

  private static LookerApiException failure(ApiCall call, IOException e) {
    String what = e instanceof HttpConnectTimeoutException ? "connect timed out"
        : e instanceof HttpTimeoutException ? "timed out" : "I/O error: " + e;
    return new LookerApiException(call.method(), call.path(), 0, what, null, null, e);
  }
}
