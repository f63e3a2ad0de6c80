package io.looksql.client.model;

/**
 * OpenAPI {@code JsonBiField}: a result column of a {@code json_bi} result.
 *
 * @param name field name {@code view.field}, the key of the cell in each row
 * @param category {@code dimension} or {@code measure}
 * @param type LookML type, e.g. {@code date_date}, {@code sum}
 * @param view the field's view
 * @param label full label
 * @param viewLabel label of the view
 * @param dimensionGroup e.g. {@code orders.created}, null outside dimension groups
 * @param fieldGroupLabel group label
 * @param fieldGroupVariant timeframe name within the group
 * @param hidden whether the field is hidden from the UI
 * @param description description, may be null
 * @param sql the field's LookML SQL, null without permission
 */
public record JsonBiField(String name, String category, String type, String view, String label,
    String viewLabel, String dimensionGroup, String fieldGroupLabel, String fieldGroupVariant,
    Boolean hidden, String description, String sql) {
}
