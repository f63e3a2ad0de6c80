package io.looksql.emulator.format;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The {@code result_format} values of the run endpoints that the emulator serves. */
public enum ResultFormat {
  /** Array of row objects keyed by field name. */
  JSON("application/json"),
  /** Object with field metadata, {@code data} rows of {@code {value}} cells and the SQL. */
  JSON_DETAIL("application/json"),
  /** Object with {@code metadata} and {@code rows} of {@code {value}} cells. */
  JSON_BI("application/json"),
  /** Comma separated values with a header line of field labels. */
  CSV("text/csv; charset=utf-8"),
  /** Tab separated values with a header line of field labels. */
  TXT("text/plain; charset=utf-8"),
  /** The generated SQL instead of the result. */
  SQL("text/plain; charset=utf-8");

  private final String contentType;

  ResultFormat(String contentType) {
    this.contentType = contentType;
  }

  /** Returns the name used in the URL, e.g. {@code json_detail}. */
  public String apiName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns the {@code Content-Type} of a response in this format. */
  public String contentType() {
    return contentType;
  }

  /** Returns whether the query must run to produce this format (all but {@code sql}). */
  public boolean runsQuery() {
    return this != SQL;
  }

  /**
   * Returns a writer of this format on {@code out}.
   *
   * @throws IllegalStateException for {@link #SQL}, which has no rows
   */
  public ResultWriter writer(OutputStream out, ResultHeader header) {
    switch (this) {
    case JSON:
      return new JsonRowsWriter(out, header);
    case JSON_DETAIL:
      return new JsonDetailWriter(out, header);
    case JSON_BI:
      return new JsonBiWriter(out, header);
    case CSV:
      return new DelimitedWriter(out, header, DelimitedWriter.Style.CSV);
    case TXT:
      return new DelimitedWriter(out, header, DelimitedWriter.Style.TXT);
    default:
      throw new IllegalStateException("format " + apiName() + " has no rows");
    }
  }

  /** Returns the format with the given URL name, or null if there is none. */
  public static ResultFormat of(String apiName) {
    for (ResultFormat f : values()) {
      if (f.apiName().equals(apiName)) {
        return f;
      }
    }
    return null;
  }

  /** Returns the URL names of all formats, for error messages. */
  public static List<String> supported() {
    return Arrays.stream(values()).map(ResultFormat::apiName).collect(Collectors.toList());
  }
}
