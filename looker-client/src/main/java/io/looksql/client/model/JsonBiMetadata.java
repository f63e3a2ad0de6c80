package io.looksql.client.model;

import java.util.Map;

/**
 * OpenAPI {@code JsonBiMetadata}: what a {@code json_bi} result says about itself before its rows.
 *
 * @param fields the result's columns
 * @param hasTotals whether a totals row is present
 * @param hasSubtotals whether subtotal rows are present
 * @param columnsTruncated whether pivot columns were cut (a boolean on the wire, not as the spec says)
 * @param filters the filters applied
 * @param filterExpression the custom filter applied, may be null
 * @param sql the SQL run, null without permission
 */
public record JsonBiMetadata(JsonBiFields fields, Boolean hasTotals, Boolean hasSubtotals,
    Boolean columnsTruncated, Map<String, String> filters, String filterExpression, String sql) {
  /** Creates a JsonBiMetadata; null fields become an empty set, a null map empty. */
  public JsonBiMetadata {
    fields = fields == null ? new JsonBiFields(null, null, null, null) : fields;
    filters = Lists.copy(filters);
  }
}
