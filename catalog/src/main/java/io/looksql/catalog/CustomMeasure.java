package io.looksql.catalog;

import java.util.Objects;

/**
 * Custom measure sent in a query's {@code dynamic_fields}: an aggregate Looker computes over a
 * dimension, such as {@code SUM(products.retail_price)}.
 *
 * @param name name of the measure in the query's {@code fields} and rows
 * @param basedOn the dimension it aggregates, {@code view.field}
 * @param type {@code count}, {@code count_distinct}, {@code sum}, {@code average}, {@code min} or
 *     {@code max}
 */
public record CustomMeasure(String name, String basedOn, String type) {

  /** Creates a CustomMeasure. */
  public CustomMeasure {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(basedOn, "basedOn");
    Objects.requireNonNull(type, "type");
  }
}
