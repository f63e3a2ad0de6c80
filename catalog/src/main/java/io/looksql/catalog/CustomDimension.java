package io.looksql.catalog;

import java.util.Objects;

/**
 * Custom dimension sent in a query's {@code dynamic_fields}: a value Looker computes for each row
 * from an expression in its expression language, which the query can group, filter and sort by.
 *
 * @param name name of the dimension in the query's {@code fields} and rows
 * @param expression the expression, e.g. {@code if(${products.cost} > 50, "high", "low")}
 */
public record CustomDimension(String name, String expression) {

  /** Creates a CustomDimension. */
  public CustomDimension {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(expression, "expression");
  }
}
