package io.looksql.catalog;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Explore of a LookML model with its fields and joins, which decide the grain of each query (see
 * {@link Additivity}).
 *
 * <p>Every view of an explore is named by its alias, as Looker names it in field names and
 * queries: the base view by the explore's name (by the view's own name under {@code view_name:}),
 * each join by its join name, whatever view {@code from:} reads.
 *
 * @param model LookML model name
 * @param name explore name
 * @param baseAlias the name the base view's fields are addressed by ({@code sales} for
 *     {@code explore: sales { from: sales_fact }})
 * @param label label, or null
 * @param description description, or null
 * @param hidden whether the explore is hidden
 * @param fields dimensions then measures, as Looker lists them
 * @param joins the explore's joins by alias, in Looker's order
 * @param alwaysJoin the joins Looker makes in every query ({@code always_join})
 * @param defaultFilters the filters Looker applies to queries that don't filter their fields
 *     ({@code always_filter}, {@code conditionally_filter})
 */
public record ExploreDefinition(String model, String name, String baseAlias,
    @Nullable String label, @Nullable String description, boolean hidden,
    List<FieldDefinition> fields, Map<String, JoinDefinition> joins, List<String> alwaysJoin,
    List<DefaultFilter> defaultFilters) {

  /** Creates an ExploreDefinition. */
  public ExploreDefinition {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(baseAlias, "baseAlias");
    fields = List.copyOf(fields);
    joins = Collections.unmodifiableMap(new LinkedHashMap<>(joins));
    alwaysJoin = List.copyOf(alwaysJoin);
    defaultFilters = List.copyOf(defaultFilters);
  }

  /** Creates an ExploreDefinition from a list of joins. */
  public static ExploreDefinition of(String model, String name, String baseAlias,
      @Nullable String label, @Nullable String description, boolean hidden,
      List<FieldDefinition> fields, List<JoinDefinition> joins, List<String> alwaysJoin,
      List<DefaultFilter> defaultFilters) {
    Map<String, JoinDefinition> byAlias = new LinkedHashMap<>();
    joins.forEach(j -> byAlias.put(j.alias(), j));
    return new ExploreDefinition(model, name, baseAlias, label, description, hidden, fields,
        byAlias, alwaysJoin, defaultFilters);
  }

  /**
   * Returns the joins Looker makes for a query that uses some aliases: those aliases, the
   * {@code always_join} joins, and the joins they depend on; every join when a dependency is not
   * visible.
   */
  public Set<String> joinsFor(Set<String> aliases) {
    List<String> start = new ArrayList<>(aliases);
    start.addAll(alwaysJoin);
    Set<String> out = closure(start);
    return out != null ? out : joins.keySet();
  }

  /**
   * Returns an alias's path from the base view: the joins Looker makes to reach it, itself
   * included (empty for the base alias), or null when a dependency on the way is not visible or
   * the alias is not a view of the explore.
   */
  public @Nullable Set<String> pathTo(String alias) {
    if (alias.equals(baseAlias)) {
      return Set.of();
    }
    return joins.containsKey(alias) ? closure(List.of(alias)) : null;
  }

  /** Returns the base view's primary key dimension, hidden or not, or null if it has none. */
  public @Nullable FieldDefinition primaryKey() {
    for (FieldDefinition f : fields) {
      if (f.isDimension() && f.primaryKey() && f.view().equals(baseAlias)) {
        return f;
      }
    }
    return null;
  }

  /** Returns the joins among some aliases with what they depend on, or null if one is unknown. */
  private @Nullable Set<String> closure(List<String> aliases) {
    Set<String> out = new TreeSet<>();
    Deque<String> todo = new ArrayDeque<>(aliases);
    while (!todo.isEmpty()) {
      String a = todo.pop();
      JoinDefinition j = joins.get(a);
      if (j == null || !out.add(a)) {
        continue;
      }
      if (j.dependsOn() == null) {
        return null;
      }
      todo.addAll(j.dependsOn());
    }
    return out;
  }
}
