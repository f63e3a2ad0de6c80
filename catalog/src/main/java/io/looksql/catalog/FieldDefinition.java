package io.looksql.catalog;

import java.util.Locale;
import java.util.Objects;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Field of a Looker explore as the catalog needs it: a dimension, a measure, a filter-only field
 * or a parameter, named {@code alias.field}, with the Looker type and the labels shown in
 * metadata.
 *
 * @param name Looker field name, {@code alias.field}
 * @param category Looker's {@code category}: {@code dimension}, {@code measure}, {@code filter}
 *     or {@code parameter} (lower case)
 * @param type Looker type, e.g. {@code string}, {@code date_month}, {@code count_distinct}
 * @param hidden whether the field is hidden
 * @param label label, or null
 * @param description description, or null
 * @param view the alias of the view the field belongs to in the explore (the join name, or the
 *     base view's alias), as in the field's name
 * @param sql the field's LookML {@code sql}, or null; used to type min/max measures
 * @param valueFormatName {@code value_format_name}, or null
 * @param primaryKey whether the dimension is its view's primary key
 */
public record FieldDefinition(String name, String category, String type, boolean hidden,
    @Nullable String label, @Nullable String description, String view, @Nullable String sql,
    @Nullable String valueFormatName, boolean primaryKey) {

  /** Category of a measure. */
  public static final String MEASURE = "measure";
  /** Category of a dimension (each timeframe of a dimension group is one). */
  public static final String DIMENSION = "dimension";
  /** Category of a filter-only field ({@code filter:}). */
  public static final String FILTER = "filter";
  /** Category of a parameter ({@code parameter:}). */
  public static final String PARAMETER = "parameter";

  /** Creates a FieldDefinition. */
  public FieldDefinition {
    Objects.requireNonNull(name, "name");
    category = Objects.requireNonNull(category, "category").toLowerCase(Locale.ROOT);
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(view, "view");
  }

  /** Returns whether the field is a measure. */
  public boolean measure() {
    return category.equals(MEASURE);
  }

  /** Returns whether the field is a dimension. */
  public boolean isDimension() {
    return category.equals(DIMENSION);
  }

  /**
   * Returns whether the field is a post-query measure ({@code running_total},
   * {@code percent_of_total}, {@code percent_of_previous}), which Looker computes over the rows it
   * returns, after its sort and limit.
   */
  public boolean postQuery() {
    return measure() && switch (type.toLowerCase(Locale.ROOT)) {
      case "running_total", "percent_of_total", "percent_of_previous" -> true;
      default -> false;
    };
  }

  /**
   * Returns whether the field only takes a value in filters: a filter-only field or a parameter,
   * which has no value of its own in a row.
   */
  public boolean filterOnly() {
    return category.equals(FILTER) || category.equals(PARAMETER);
  }
}
