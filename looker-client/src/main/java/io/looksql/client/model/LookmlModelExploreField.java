package io.looksql.client.model;

import java.util.List;

/**
 * OpenAPI {@code LookmlModelExploreField}: a dimension, measure, filter or parameter of an explore
 * (the properties a SQL catalog needs).
 *
 * @param name fully-qualified name {@code view.field}
 * @param category {@code dimension}, {@code measure}, {@code filter} or {@code parameter}
 * @param type LookML type, e.g. {@code string}, {@code date_date}, {@code count_distinct}
 * @param view the view (join alias) the field belongs to in this explore
 * @param originalView the view that defines the field
 * @param label full label, e.g. {@code Orders Created Date}
 * @param labelShort label without the view, e.g. {@code Created Date}
 * @param viewLabel label of the view
 * @param description description, may be null
 * @param fieldGroupLabel group of a dimension group's timeframes
 * @param fieldGroupVariant timeframe name within the group
 * @param dimensionGroup e.g. {@code orders.created}, null outside dimension groups
 * @param hidden whether the field is hidden from the UI (still queryable)
 * @param measure whether the field is a measure
 * @param isNumeric whether values are numbers
 * @param isTimeframe whether the field is a timeframe of a dimension group
 * @param primaryKey whether the field is its view's primary key
 * @param sortable whether results can be sorted by the field
 * @param canFilter whether the field can be filtered on
 * @param valueFormat Excel-style value format, may be null
 * @param valueFormatName named value format, may be null
 * @param sql the field's LookML SQL, null without {@code see_lookml}
 * @param timeInterval the interval of a timeframe, null otherwise
 * @param enumerations allowed values, empty when not enumerated
 * @param tags LookML tags
 */
public record LookmlModelExploreField(String name, String category, String type, String view,
    String originalView, String label, String labelShort, String viewLabel, String description,
    String fieldGroupLabel, String fieldGroupVariant, String dimensionGroup, Boolean hidden,
    Boolean measure, Boolean isNumeric, Boolean isTimeframe, Boolean primaryKey,
    Boolean sortable, Boolean canFilter, String valueFormat, String valueFormatName, String sql,
    LookmlModelExploreFieldTimeInterval timeInterval,
    List<LookmlModelExploreFieldEnumeration> enumerations, List<String> tags) {
  /** Creates a LookmlModelExploreField; null lists become empty. */
  public LookmlModelExploreField {
    enumerations = Lists.copy(enumerations);
    tags = Lists.copy(tags);
  }
}
