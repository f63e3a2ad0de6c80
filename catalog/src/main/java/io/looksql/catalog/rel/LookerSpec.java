package io.looksql.catalog.rel;

import io.looksql.catalog.CustomMeasure;
import io.looksql.catalog.lang.ExpressionTemplate;
import io.looksql.catalog.lang.FieldFilter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.rel.RelFieldCollation;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * What a {@link LookerQuery} asks Looker: its columns, whether it has absorbed a SQL aggregate,
 * filters, sorts, limit and custom measures. Immutable; each rule returns a changed copy.
 *
 * @param columns output columns
 * @param aggregated whether a SQL GROUP BY has been folded in (its rows are then the groups the
 *     SQL asked for; otherwise they stand for the explore's underlying rows)
 * @param filters Looker filter per field
 * @param sorts sort keys on output columns
 * @param fetch the statement's own row limit (including any OFFSET), or null
 * @param customMeasures custom measures the columns refer to
 * @param customDimensions custom dimensions the columns refer to
 * @param filterExpression Looker {@code filter_expression}, or null
 */
record LookerSpec(List<SpecColumn> columns, boolean aggregated, Map<String, FieldFilter> filters,
    List<RelFieldCollation> sorts, @Nullable Long fetch, List<CustomMeasure> customMeasures,
    List<CustomDimensionSpec> customDimensions, @Nullable FilterExpressionSpec filterExpression) {

  /** A custom dimension: its name and expression. */
  record CustomDimensionSpec(String name, ExpressionTemplate expression) {
  }

  /**
   * A {@code filter_expression}: on dimensions it filters rows, on measures aggregated rows
   * (Looker accepts one or the other in one expression).
   */
  record FilterExpressionSpec(ExpressionTemplate expression, boolean onMeasures) {
  }

  LookerSpec {
    columns = List.copyOf(columns);
    filters = Collections.unmodifiableMap(new LinkedHashMap<>(filters));
    sorts = List.copyOf(sorts);
    customMeasures = List.copyOf(customMeasures);
    customDimensions = List.copyOf(customDimensions);
  }

  /** Returns the spec of a scan: every column, nothing else. */
  static LookerSpec scan(List<SpecColumn> columns) {
    return new LookerSpec(columns, false, Map.of(), List.of(), null, List.of(), List.of(), null);
  }

  LookerSpec withColumns(List<SpecColumn> c, List<RelFieldCollation> s) {
    return new LookerSpec(c, aggregated, filters, s, fetch, customMeasures, customDimensions,
        filterExpression);
  }

  LookerSpec withAggregate(List<SpecColumn> c, List<CustomMeasure> custom,
      List<CustomDimensionSpec> dimensions) {
    return new LookerSpec(c, true, filters, sorts, fetch, custom, dimensions, filterExpression);
  }

  LookerSpec withFilters(Map<String, FieldFilter> f, @Nullable FilterExpressionSpec e) {
    return new LookerSpec(columns, aggregated, f, sorts, fetch, customMeasures, customDimensions,
        e);
  }

  LookerSpec withSort(List<RelFieldCollation> s, @Nullable Long f) {
    return new LookerSpec(columns, aggregated, filters, s, f, customMeasures, customDimensions,
        filterExpression);
  }

  /** Returns whether a sort or limit has been folded in (nothing may be pushed after it). */
  boolean hasSortOrLimit() {
    return !sorts.isEmpty() || fetch != null;
  }

  /** Returns the Looker field names of the columns, each once, in column order. */
  List<String> fieldNames() {
    List<String> names = new ArrayList<>();
    for (SpecColumn c : columns) {
      if (!names.contains(c.field())) {
        names.add(c.field());
      }
    }
    return names;
  }

  /** Returns Looker's {@code sorts}. */
  List<String> lookerSorts() {
    List<String> out = new ArrayList<>();
    for (RelFieldCollation s : sorts) {
      String f = columns.get(s.getFieldIndex()).field();
      out.add(s.direction.isDescending() ? f + " desc" : f);
    }
    return out;
  }

  /** Returns a copy of the custom measures with one more, reusing an identical one. */
  static String addCustom(List<CustomMeasure> custom, String basedOn, String type) {
    for (CustomMeasure m : custom) {
      if (m.basedOn().equals(basedOn) && m.type().equals(type)) {
        return m.name();
      }
    }
    String name = "looksql_" + type + "_" + custom.size();
    custom.add(new CustomMeasure(name, basedOn, type));
    return name;
  }

  /** Returns the name of a new custom dimension with an expression, reusing an identical one. */
  static String addDimension(List<CustomDimensionSpec> dimensions, ExpressionTemplate expression) {
    for (CustomDimensionSpec d : dimensions) {
      if (d.expression().equals(expression)) {
        return d.name();
      }
    }
    String name = "looksql_dimension_" + dimensions.size();
    dimensions.add(new CustomDimensionSpec(name, expression));
    return name;
  }
}
