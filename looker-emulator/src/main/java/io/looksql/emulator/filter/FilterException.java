package io.looksql.emulator.filter;

/** A filter expression that does not parse; the message names the problem and its position. */
public final class FilterException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates a FilterException. */
  public FilterException(String message) {
    super(message);
  }
}
