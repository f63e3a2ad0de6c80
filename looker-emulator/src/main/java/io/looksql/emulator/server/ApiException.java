package io.looksql.emulator.server;

/**
 * A request the API refuses, answered with Looker's {@code Error} body, or with a
 * {@code ValidationError} body when {@link #field()} is set (422).
 */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String field;
  private final String code;

  private ApiException(int status, String message, String field, String code) {
    super(message);
    this.status = status;
    this.field = field;
    this.code = code;
  }

  /** Returns an error with an {@code Error} body. */
  static ApiException of(int status, String message) {
    return new ApiException(status, message, null, null);
  }

  /** Returns a 404 with Looker's usual message. */
  static ApiException notFound() {
    return of(404, "Not found");
  }

  /** Returns a 422 whose {@code ValidationError} body names one property at fault. */
  static ApiException validation(String field, String code, String message) {
    return new ApiException(422, message, field, code);
  }

  int status() {
    return status;
  }

  /** Returns the property at fault of a 422, else null. */
  String field() {
    return field;
  }

  /** Returns the validation code of a 422 ({@code missing_field}, {@code invalid}...), else null. */
  String code() {
    return code;
  }
}
