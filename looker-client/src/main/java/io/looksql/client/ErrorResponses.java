package io.looksql.client;

import io.looksql.client.model.ValidationErrorDetail;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Reads Looker's error responses: the {@code Error} / {@code ValidationError} body, {@code Retry-After}. */
final class ErrorResponses {
  /** An error body larger than this is cut; Looker's are a few hundred bytes. */
  private static final int MAX_ERROR_BODY = 64 * 1024;

  /** OpenAPI {@code Error} and {@code ValidationError}, which differ only by {@code errors}. */
  record ErrorBody(String message, String documentationUrl, List<ValidationErrorDetail> errors) {
  }

  private ErrorResponses() {
  }

  /** Returns the exception for an error response, and closes the response. */
  static LookerApiException toException(ApiCall call, HttpResponse<InputStream> response) {
    int status = response.statusCode();
    byte[] bytes;
    try (InputStream in = response.body()) {
      bytes = in.readNBytes(MAX_ERROR_BODY);
    } catch (IOException e) {
      return new LookerApiException(call.method(), call.path(), status,
          "error response could not be read: " + e, null, null, e);
    }
    ErrorBody body = parse(bytes, response);
    if (body != null && body.message() != null) {
      return new LookerApiException(call.method(), call.path(), status, body.message(),
          body.documentationUrl(), body.errors(), null);
    }
    // Not Looker's JSON (a proxy's HTML page, say): keep a little of it as the evidence.
    String text = new String(bytes, StandardCharsets.UTF_8).strip();
    String message = text.isEmpty() ? "HTTP " + status
        : text.length() > 200 ? text.substring(0, 200) + "..." : text;
    return new LookerApiException(call.method(), call.path(), status, message, null, null, null);
  }

  private static ErrorBody parse(byte[] bytes, HttpResponse<InputStream> response) {
    String type = response.headers().firstValue("Content-Type").orElse("");
    if (!type.contains("json") || bytes.length == 0) {
      return null;
    }
    try {
      return JsonCodec.INSTANCE.read(new java.io.ByteArrayInputStream(bytes),
          JsonCodec.INSTANCE.type(ErrorBody.class));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Reads a little of a response's body, then closes it; only the thread that owns the response
   * may call this. A failure is of no interest once the response is dropped.
   */
  static void discard(HttpResponse<InputStream> response) {
    InputStream in = response.body();
    try {
      // Reading a small remainder lets the connection be reused; a large one is cut off.
      in.readNBytes(MAX_ERROR_BODY);
    } catch (IOException e) {
      // ignore: the response is being dropped
    }
    closeQuietly(in);
  }

  /** Closes a body stream, from any thread; a failure to close is of no interest then. */
  static void closeQuietly(InputStream body) {
    try {
      body.close();
    } catch (IOException e) {
      // ignore: the response is being dropped
    }
  }

  /** Returns the {@code Retry-After} delay (seconds or an HTTP date), or null if absent or invalid. */
  static Duration retryAfter(HttpResponse<?> response) {
    String value = response.headers().firstValue("Retry-After").orElse(null);
    if (value == null) {
      return null;
    }
    value = value.strip();
    try {
      long seconds = Long.parseLong(value);
      return seconds < 0 ? null : Duration.ofSeconds(seconds);
    } catch (NumberFormatException e) {
      // not seconds: maybe an HTTP date
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
      return d.isNegative() ? Duration.ZERO : d;
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
