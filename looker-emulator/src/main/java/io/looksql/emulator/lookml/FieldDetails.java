package io.looksql.emulator.lookml;

import java.util.List;

/**
 * The parameters of a field that only some field types use, as written (SQL substitutions
 * unresolved).
 *
 * @param percentile {@code percentile} of a percentile measure (1 to 99), else null
 * @param sqlDistinctKey {@code sql_distinct_key} of a {@code *_distinct} measure, else null
 * @param sqlLatitude {@code sql_latitude} of a location dimension, else null
 * @param sqlLongitude {@code sql_longitude} of a location dimension, else null
 * @param cases the {@code when}s of a {@code case:} dimension, in order, else empty
 * @param caseElse the {@code else} label of a {@code case:} dimension, else null
 * @param sqlStart {@code sql_start} of a duration dimension group, else null
 * @param sqlEnd {@code sql_end} of a duration dimension group, else null
 * @param startLocation {@code start_location_field} of a distance dimension, else null
 * @param endLocation {@code end_location_field} of a distance dimension, else null
 * @param units {@code units} of a distance dimension ({@code kilometers} ...), else null
 * @param allowedValues {@code allowed_value}s of a parameter, in order, else empty
 * @param defaultValue {@code default_value} of a parameter or filter field, else null
 */
public record FieldDetails(
    Integer percentile,
    String sqlDistinctKey,
    String sqlLatitude,
    String sqlLongitude,
    List<CaseWhen> cases,
    String caseElse,
    String sqlStart,
    String sqlEnd,
    String startLocation,
    String endLocation,
    String units,
    List<AllowedValue> allowedValues,
    String defaultValue) {

  /** No type-specific parameters. */
  public static final FieldDetails NONE =
      new FieldDetails(null, null, null, null, List.of(), null, null, null, null, null, null,
          List.of(), null);

  /**
   * One {@code when: { sql: ... label: ... }} of a {@code case:} dimension.
   *
   * @param sql the condition, as written
   * @param label the value when it holds
   */
  public record CaseWhen(String sql, String label) {
  }

  /**
   * One {@code allowed_value: { label: ... value: ... }} of a parameter.
   *
   * @param label what a user sees
   * @param value what the parameter's Liquid inserts
   */
  public record AllowedValue(String label, String value) {
  }
}
