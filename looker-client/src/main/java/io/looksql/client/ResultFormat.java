package io.looksql.client;

import java.util.Locale;

/** The {@code result_format} of Looker's run endpoints. */
public enum ResultFormat {
  /** {@code metadata} and {@code rows} of {@code {"value": v}} cells; what {@link QueryRows} reads. */
  JSON_BI,
  /** An array of row objects keyed by field name. */
  JSON,
  /** Rows of {@code {"value": v}} cells under {@code data}, with field metadata (legacy). */
  JSON_DETAIL,
  /** Comma separated values with a header line. */
  CSV,
  /** Tab separated values with a header line. */
  TXT,
  /** The generated SQL instead of the result. */
  SQL,
  /** An HTML table. */
  HTML,
  /** A Markdown table. */
  MD,
  /** An Excel workbook. */
  XLSX,
  /** A PNG image of the visualization. */
  PNG,
  /** A JPEG image of the visualization. */
  JPG;

  /** Returns the name used in URLs, e.g. {@code json_bi}. */
  public String apiName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
