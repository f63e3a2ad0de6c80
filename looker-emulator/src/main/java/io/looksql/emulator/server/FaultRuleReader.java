package io.looksql.emulator.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

/** Reads and validates the body of {@code POST /emulator/faults}; a bad value is a 422 naming it. */
final class FaultRuleReader {
  private static final Set<String> PROPERTIES = Set.of("kind", "path", "method", "status",
      "retry_after", "latency_ms", "after_bytes", "count", "probability", "seed", "message");
  /** Latency beyond this is more likely a unit mistake than a test's intent. */
  private static final long MAX_LATENCY_MS = 600_000;

  private FaultRuleReader() {
  }

  /** Returns the rule described by {@code body}, with the given id. */
  static FaultRule read(String id, JsonNode body) {
    if (body == null || !body.isObject()) {
      throw ApiException.of(400, "Request body is not a JSON object");
    }
    // Unknown properties are refused: a misspelt "count" would otherwise fault forever.
    for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!PROPERTIES.contains(name)) {
        throw invalid(name, "unknown property; known: "
            + String.join(", ", PROPERTIES.stream().sorted().toList()));
      }
    }
    String kindName = text(body, "kind");
    if (kindName == null) {
      throw ApiException.validation("kind", "missing_field", "'kind' is required.");
    }
    FaultKind kind = FaultKind.of(kindName);
    if (kind == null) {
      throw invalid("kind",
          "must be one of latency, status, drop_body, stall_body, expire_token, db_delay");
    }
    String pathSource = text(body, "path");
    PathPattern path;
    try {
      path = pathSource == null || pathSource.isEmpty() ? null : PathPattern.of(pathSource);
    } catch (IllegalArgumentException e) {
      throw invalid("path", e.getMessage());
    }
    String method = text(body, "method");
    int status = (int) number(body, "status", 500, 400, 599);
    Long retryAfter = body.hasNonNull("retry_after")
        ? number(body, "retry_after", 0, 0, Integer.MAX_VALUE) : null;
    boolean needsLatency = kind == FaultKind.LATENCY || kind == FaultKind.DB_DELAY
        || kind == FaultKind.STALL_BODY;
    if (needsLatency && !body.hasNonNull("latency_ms")) {
      throw ApiException.validation("latency_ms", "missing_field",
          "'latency_ms' is required for kind " + kind.apiName() + ".");
    }
    long latency = number(body, "latency_ms", 0, 0, MAX_LATENCY_MS);
    long afterBytes = number(body, "after_bytes", 0, 0, Long.MAX_VALUE);
    Long count = body.hasNonNull("count") ? number(body, "count", 1, 1, Long.MAX_VALUE) : null;
    double probability = probability(body);
    long seed = body.hasNonNull("seed")
        ? number(body, "seed", 0, Long.MIN_VALUE, Long.MAX_VALUE) : FaultRule.DEFAULT_SEED;
    String message = text(body, "message");
    return new FaultRule(id, kind, path, method == null ? null : method.toUpperCase(Locale.ROOT),
        status, retryAfter, latency, afterBytes, count, probability, seed,
        message != null ? message : reason(status));
  }

  private static String text(JsonNode body, String name) {
    JsonNode v = body.get(name);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw invalid(name, "must be a string");
    }
    return v.asText();
  }

  private static long number(JsonNode body, String name, long absent, long min, long max) {
    JsonNode v = body.get(name);
    if (v == null || v.isNull()) {
      return absent;
    }
    if (!v.isIntegralNumber() || !v.canConvertToLong()) {
      throw invalid(name, "must be a whole number");
    }
    long n = v.asLong();
    if (n < min || n > max) {
      throw invalid(name, "must be between " + min + " and " + max);
    }
    return n;
  }

  private static double probability(JsonNode body) {
    JsonNode v = body.get("probability");
    if (v == null || v.isNull()) {
      return 1;
    }
    if (!v.isNumber() || v.asDouble() < 0 || v.asDouble() > 1) {
      throw invalid("probability", "must be a number from 0 to 1");
    }
    return v.asDouble();
  }

  private static ApiException invalid(String field, String why) {
    return ApiException.validation(field, "invalid", "'" + field + "' " + why + ".");
  }

  /** Returns the HTTP reason phrase Looker's error bodies use as message for a bare status. */
  private static String reason(int status) {
    switch (status) {
    case 400: return "Bad Request";
    case 401: return "Requires authentication.";
    case 403: return "Forbidden";
    case 404: return "Not found";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Injected fault " + status;
    }
  }
}
