package io.looksql.emulator.server;

/** Thrown out of the HTTP handler to drop a connection whose response body cannot be completed. */
final class ResponseAbortedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ResponseAbortedException(Throwable cause) {
    super("response aborted after it had started", cause);
  }
}
