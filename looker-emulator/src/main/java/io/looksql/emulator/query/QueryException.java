package io.looksql.emulator.query;

/**
 * A query Looker would refuse: {@code 404} for a model or explore that does not exist (or is not
 * visible), {@code 403} for one the user may not run, else {@code 422} with one validation error
 * naming the offending property.
 */
public final class QueryException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String field;
  private final String code;

  private QueryException(int status, String field, String code, String message) {
    super(message);
    this.status = status;
    this.field = field;
    this.code = code;
  }

  /** Creates a 404 error, e.g. for an unknown model. */
  public static QueryException notFound(String message) {
    return new QueryException(404, null, null, message);
  }

  /** Creates a 403 error: the user may not run the query, e.g. lacking an access filter value. */
  public static QueryException forbidden(String message) {
    return new QueryException(403, null, null, message);
  }

  /** Creates a 422 error about one property of the query ({@code fields}, {@code filters}...). */
  public static QueryException invalid(String field, String code, String message) {
    return new QueryException(422, field, code, message);
  }

  /** Returns the HTTP status, 403, 404 or 422. */
  public int status() {
    return status;
  }

  /** Returns the query property at fault (422 only), e.g. {@code fields}. */
  public String field() {
    return field;
  }

  /** Returns the validation code (422 only), e.g. {@code invalid} or {@code missing_field}. */
  public String code() {
    return code;
  }
}
