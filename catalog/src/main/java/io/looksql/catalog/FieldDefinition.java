package io.looksql.catalog;

import java.util.Objects;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Field of a Looker explore as the catalog needs it: a dimension or a measure, named
 * {@code view.field}, with the Looker type and the labels shown in metadata.
 *
 * @param name Looker field name, {@code view.field}
 * @param measure whether the field is a measure ({@code category: measure})
 * @param type Looker type, e.g. {@code string}, {@code date_month}, {@code count_distinct}
 * @param hidden whether the field is hidden
 * @param label label, or null
 * @param description description, or null
 * @param view name of the view (join alias) the field belongs to
 * @param sql the field's LookML {@code sql}, or null; used to type min/max measures
 * @param valueFormatName {@code value_format_name}, or null
 * @param primaryKey whether the dimension is its view's primary key
 */
public record FieldDefinition(String name, boolean measure, String type, boolean hidden,
    @Nullable String label, @Nullable String description, String view, @Nullable String sql,
    @Nullable String valueFormatName, boolean primaryKey) {

  /** Creates a FieldDefinition. */
  public FieldDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(view, "view");
  }

  /** Returns "measure" or "dimension", as Looker's {@code category}. */
  public String category() {
    return measure ? "measure" : "dimension";
  }
}
