package io.looksql.client;

import io.looksql.client.model.ValidationErrorDetail;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A failed Looker API call: the server's error ({@code Error} or {@code ValidationError} body), or a
 * call that got no complete answer (status 0: connection failure, timeout, interrupt, a result
 * stream that broke off).
 *
 * <p>The message reads {@code "GET /lookml_models/x 404: Not found"}, the form of Looker's SDKs.
 */
public final class LookerApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String method;
  private final String path;
  private final int status;
  private final String lookerMessage;
  private final String documentationUrl;
  private final List<ValidationErrorDetail> errors;

  /**
   * Creates a LookerApiException.
   *
   * @param method HTTP method
   * @param path the path called, relative to {@code /api/4.0}
   * @param status HTTP status, 0 if no complete answer came
   * @param lookerMessage Looker's {@code message}, or what went wrong on the client
   * @param documentationUrl Looker's {@code documentation_url}, may be null
   * @param errors Looker's validation {@code errors}, may be null
   * @param cause the I/O failure, interrupt or timeout, may be null
   */
  public LookerApiException(String method, String path, int status, String lookerMessage,
      String documentationUrl, List<ValidationErrorDetail> errors, Throwable cause) {
    super(format(method, path, status, lookerMessage, errors), cause);
    this.method = method;
    this.path = path;
    this.status = status;
    this.lookerMessage = lookerMessage;
    this.documentationUrl = documentationUrl;
    this.errors = errors == null ? List.of() : List.copyOf(errors);
  }

  private static String format(String method, String path, int status, String message,
      List<ValidationErrorDetail> errors) {
    StringBuilder b = new StringBuilder().append(method).append(' ').append(path).append(' ');
    b.append(status == 0 ? "failed" : Integer.toString(status)).append(": ").append(message);
    if (errors != null && !errors.isEmpty()) {
      b.append(errors.stream().map(e -> e.field() + ": " + e.message())
          .collect(Collectors.joining("; ", " (", ")")));
    }
    return b.toString();
  }

  /** Returns the HTTP method of the call. */
  public String method() {
    return method;
  }

  /** Returns the path called, relative to {@code /api/4.0}, e.g. {@code /queries/run/json_bi}. */
  public String path() {
    return path;
  }

  /** Returns the HTTP status, or 0 when no complete answer came (see {@link #getCause()}). */
  public int status() {
    return status;
  }

  /** Returns Looker's {@code message}, or the client's description of the failure. */
  public String lookerMessage() {
    return lookerMessage;
  }

  /** Returns Looker's {@code documentation_url}, or null. */
  public String documentationUrl() {
    return documentationUrl;
  }

  /** Returns Looker's validation {@code errors}, empty if none. */
  public List<ValidationErrorDetail> errors() {
    return errors;
  }
}
