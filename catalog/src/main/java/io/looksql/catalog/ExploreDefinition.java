package io.looksql.catalog;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Explore of a LookML model with its fields and the relationship of each join, which decides
 * whether a view's measures may be rolled up (see {@link Additivity}).
 *
 * @param model LookML model name
 * @param name explore name
 * @param baseView name of the explore's base view (its fields live at the explore's grain)
 * @param label label, or null
 * @param description description, or null
 * @param hidden whether the explore is hidden
 * @param fields dimensions then measures, as Looker lists them
 * @param joinRelationships relationship of each join ({@code many_to_one}, {@code one_to_many},
 *     {@code one_to_one}, {@code many_to_many}) by join name
 * @param joinDependencies the other views each join's {@code sql_on} refers to (which Looker
 *     joins first), by join name; a join is missing when its {@code sql_on} is not visible
 */
public record ExploreDefinition(String model, String name, String baseView, @Nullable String label,
    @Nullable String description, boolean hidden, List<FieldDefinition> fields,
    Map<String, String> joinRelationships, Map<String, Set<String>> joinDependencies) {

  /** Creates an ExploreDefinition. */
  public ExploreDefinition {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(baseView, "baseView");
    fields = List.copyOf(fields);
    joinRelationships = Map.copyOf(joinRelationships);
    joinDependencies = Map.copyOf(joinDependencies);
  }

  /**
   * Returns the joins Looker makes for a query that uses some views: those views and, through
   * {@code sql_on}, the joins they depend on; every join when a dependency is not visible.
   */
  public Set<String> joinsFor(Set<String> views) {
    Set<String> out = new TreeSet<>();
    Deque<String> todo = new ArrayDeque<>(views);
    while (!todo.isEmpty()) {
      String v = todo.pop();
      if (!joinRelationships.containsKey(v) || !out.add(v)) {
        continue;
      }
      Set<String> deps = joinDependencies.get(v);
      if (deps == null) {
        return joinRelationships.keySet();
      }
      todo.addAll(deps);
    }
    return out;
  }
}
