package io.looksql.emulator.lookml;

import java.util.List;
import java.util.Map;

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
 * @param accessFilters {@code access_filter}s, in declaration order
 * @param alwaysFilter {@code always_filter} filters, field name to expression, in declaration order
 * @param conditionallyFilter {@code conditionally_filter}, {@link ConditionalFilter#NONE} if absent
 * @param requiredAccessGrants {@code required_access_grants}: the model's access grants a user
 *     needs, all of them, to see or query the explore
 * @param options the parameters kept as written ({@code view_label}, {@code sql_always_where}, ...)
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
    SourcePosition position,
    List<AccessFilter> accessFilters,
    Map<String, String> alwaysFilter,
    ConditionalFilter conditionallyFilter,
    List<String> requiredAccessGrants,
    ExploreOptions options) {

  /** Creates an Explore with no options written. */
  public Explore(String name, String alias, String viewName, String label, String description,
      boolean hidden, List<String> fields, List<Join> joins, SourcePosition position,
      List<AccessFilter> accessFilters, Map<String, String> alwaysFilter,
      ConditionalFilter conditionallyFilter, List<String> requiredAccessGrants) {
    this(name, alias, viewName, label, description, hidden, fields, joins, position,
        accessFilters, alwaysFilter, conditionallyFilter, requiredAccessGrants,
        ExploreOptions.NONE);
  }

  /** Returns a copy with other fields lists (the explore's and its joins'). */
  public Explore withFields(List<String> exploreFields, List<Join> newJoins) {
    return new Explore(name, alias, viewName, label, description, hidden, exploreFields,
        newJoins, position, accessFilters, alwaysFilter, conditionallyFilter,
        requiredAccessGrants, options);
  }

  /** Creates an Explore that requires no access grant. */
  public Explore(String name, String alias, String viewName, String label, String description,
      boolean hidden, List<String> fields, List<Join> joins, SourcePosition position,
      List<AccessFilter> accessFilters, Map<String, String> alwaysFilter,
      ConditionalFilter conditionallyFilter) {
    this(name, alias, viewName, label, description, hidden, fields, joins, position,
        accessFilters, alwaysFilter, conditionallyFilter, List.of());
  }

  /** Creates an Explore without access, always or conditional filters. */
  public Explore(String name, String alias, String viewName, String label, String description,
      boolean hidden, List<String> fields, List<Join> joins, SourcePosition position) {
    this(name, alias, viewName, label, description, hidden, fields, joins, position, List.of(),
        Map.of(), ConditionalFilter.NONE);
  }

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
