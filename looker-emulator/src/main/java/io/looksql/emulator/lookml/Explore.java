package io.looksql.emulator.lookml;

import java.util.List;

/**
 * An {@code explore} of a model: a base view and its joins.
 *
 * @param name explore name (the API's {@code view} of a query)
 * @param alias the name the base view's fields are addressed by: {@code view_name}, else the
 *     explore name
 * @param viewName the base view: {@code from}, else {@code view_name}, else the explore name
 * @param label {@code label}, or null
 * @param description {@code description}, or null
 * @param hidden {@code hidden}
 * @param fields {@code fields} restriction as written ({@code ALL_FIELDS*}, {@code view.field},
 *     {@code -view.field}, {@code view.*}), empty for all fields
 * @param joins joins in declaration order
 * @param position where the explore is declared
 */
public record Explore(
    String name,
    String alias,
    String viewName,
    String label,
    String description,
    boolean hidden,
    List<String> fields,
    List<Join> joins,
    SourcePosition position) {

  /** Returns the join with the given alias, or null. */
  public Join join(String alias) {
    for (Join j : joins) {
      if (j.name().equals(alias)) {
        return j;
      }
    }
    return null;
  }
}
