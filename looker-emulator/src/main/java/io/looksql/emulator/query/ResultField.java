package io.looksql.emulator.query;

import io.looksql.emulator.lookml.Field;

/**
 * One column of a query result, in select order.
 *
 * @param name the field name as requested, {@code view.field} (or a custom field's name)
 * @param view the view alias the field belongs to in the explore
 * @param field the field's declaration (a synthetic one for custom fields)
 * @param kind how its values are read and written
 * @param dynamic whether it is a custom field from {@code dynamic_fields}
 */
public record ResultField(String name, String view, Field field, ValueKind kind, boolean dynamic) {
}
