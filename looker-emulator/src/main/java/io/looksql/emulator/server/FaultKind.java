package io.looksql.emulator.server;

import java.util.Locale;

/** What an injected fault does to the requests it matches. */
enum FaultKind {
  /** Waits {@code latency_ms} before the request is handled. */
  LATENCY,
  /** Answers {@code status} with Looker's {@code Error} body (and {@code Retry-After} if set). */
  STATUS,
  /** Sends the status line and {@code after_bytes} bytes of the body, then drops the connection. */
  DROP_BODY,
  /**
   * Sends {@code after_bytes} bytes of the body, then stalls for {@code latency_ms} before the
   * rest: a result stream that stops for a while.
   */
  STALL_BODY,
  /** Revokes the access token the request carries, so it and every later use of it get 401. */
  EXPIRE_TOKEN,
  /** Makes the database statement of a query run at least {@code latency_ms} longer. */
  DB_DELAY;

  /** Returns the name used in the fault API, e.g. {@code drop_body}. */
  String apiName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns the kind with this API name, or null. */
  static FaultKind of(String apiName) {
    for (FaultKind k : values()) {
      if (k.apiName().equals(apiName)) {
        return k;
      }
    }
    return null;
  }
}
