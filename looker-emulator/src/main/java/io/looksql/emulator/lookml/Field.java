package io.looksql.emulator.lookml;

import java.util.List;
import java.util.Map;

/**
 * A dimension or measure of a view, as declared in LookML; each timeframe of a dimension group is
 * a dimension of its own ({@code created_date}, {@code created_month}, ...).
 *
 * @param name field name inside its view, e.g. {@code created_date}
 * @param category dimension or measure
 * @param type LookML/API type: {@code string, number, yesno, tier, zipcode, date, date_time},
 *     {@code date_<timeframe>} for dimension-group members, or a measure type
 *     ({@code count, count_distinct, sum, average, min, max, number, list})
 * @param sql LookML {@code sql} as written (substitutions unresolved), or null
 * @param primaryKey whether {@code primary_key: yes}
 * @param hidden whether {@code hidden: yes}
 * @param label explicit {@code label}, or null
 * @param description {@code description}, or null
 * @param valueFormatName {@code value_format_name}, or null
 * @param tags {@code tags}
 * @param group dimension group name ({@code created}) for timeframe members, else null
 * @param timeframe timeframe of a dimension-group member, else null
 * @param datatype dimension group {@code datatype} ({@code timestamp} by default, or {@code date})
 * @param convertTz dimension group {@code convert_tz} (default true)
 * @param tiers {@code tiers} of a tier dimension, else empty
 * @param tierStyle {@code style} of a tier dimension ({@code classic} by default)
 * @param filters measure {@code filters: [field: "expression"]}, field names as written
 * @param listField {@code list_field} of a list measure, else null
 * @param position where the field is declared
 * @param requiredAccessGrants {@code required_access_grants}: the model's access grants a user
 *     needs, all of them, to see or query the field (fields that refer to it need none of them,
 *     as in Looker)
 * @param presentation the parameters that only change how the field is shown
 * @param details parameters only some field types use ({@link FieldDetails#NONE} for none)
 */
public record Field(
    String name,
    Category category,
    String type,
    String sql,
    boolean primaryKey,
    boolean hidden,
    String label,
    String description,
    String valueFormatName,
    List<String> tags,
    String group,
    Timeframe timeframe,
    String datatype,
    boolean convertTz,
    List<Double> tiers,
    String tierStyle,
    Map<String, String> filters,
    String listField,
    SourcePosition position,
    List<String> requiredAccessGrants,
    Presentation presentation,
    FieldDetails details) {

  /** Creates a Field without type-specific parameters. */
  public Field(String name, Category category, String type, String sql, boolean primaryKey,
      boolean hidden, String label, String description, String valueFormatName, List<String> tags,
      String group, Timeframe timeframe, String datatype, boolean convertTz, List<Double> tiers,
      String tierStyle, Map<String, String> filters, String listField, SourcePosition position,
      List<String> requiredAccessGrants, Presentation presentation) {
    this(name, category, type, sql, primaryKey, hidden, label, description, valueFormatName, tags,
        group, timeframe, datatype, convertTz, tiers, tierStyle, filters, listField, position,
        requiredAccessGrants, presentation, FieldDetails.NONE);
  }

  /** Creates a Field without presentation or type-specific parameters. */
  public Field(String name, Category category, String type, String sql, boolean primaryKey,
      boolean hidden, String label, String description, String valueFormatName, List<String> tags,
      String group, Timeframe timeframe, String datatype, boolean convertTz, List<Double> tiers,
      String tierStyle, Map<String, String> filters, String listField, SourcePosition position,
      List<String> requiredAccessGrants) {
    this(name, category, type, sql, primaryKey, hidden, label, description, valueFormatName, tags,
        group, timeframe, datatype, convertTz, tiers, tierStyle, filters, listField, position,
        requiredAccessGrants, Presentation.NONE, FieldDetails.NONE);
  }

  /** Creates a Field that requires no access grant. */
  public Field(String name, Category category, String type, String sql, boolean primaryKey,
      boolean hidden, String label, String description, String valueFormatName, List<String> tags,
      String group, Timeframe timeframe, String datatype, boolean convertTz, List<Double> tiers,
      String tierStyle, Map<String, String> filters, String listField, SourcePosition position) {
    this(name, category, type, sql, primaryKey, hidden, label, description, valueFormatName, tags,
        group, timeframe, datatype, convertTz, tiers, tierStyle, filters, listField, position,
        List.of());
  }

  /** Returns whether this is a {@code filter:} or {@code parameter:} field, which queries filter on but never select. */
  public boolean isFilterOnly() {
    return category == Category.FILTER || category == Category.PARAMETER;
  }

  /** Returns whether this is a measure. */
  public boolean isMeasure() {
    return category == Category.MEASURE;
  }
}
