package io.looksql.gateway;

/**
 * The identity of the HTTP request being handled. Avatica's handlers run a request's whole
 * service call on the Jetty thread that received it, so a thread-local set around that call is
 * what the {@link GatewayMeta} sees.
 */
final class CurrentIdentity {
  private static final ThreadLocal<Identity> CURRENT = new ThreadLocal<>();

  private CurrentIdentity() {
  }

  /** Runs {@code action} as {@code identity}. */
  static void runAs(Identity identity, ThrowingRunnable action) throws Exception {
    CURRENT.set(identity);
    try {
      action.run();
    } finally {
      CURRENT.remove();
    }
  }

  /** Returns the identity of the request on this thread; fails if there is none. */
  static Identity get() {
    Identity identity = CURRENT.get();
    if (identity == null) {
      // Only reachable through a wiring bug: every Avatica request passes the authenticator.
      throw new IllegalStateException("No authenticated identity on this request");
    }
    return identity;
  }

  /** An action that may throw. */
  @FunctionalInterface
  interface ThrowingRunnable {
    /** Runs the action. */
    void run() throws Exception;
  }
}
