package io.looksql.catalog;

import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 */
public record ExploreDefinition(String model, String name, String baseView, @Nullable String label,
    @Nullable String description, boolean hidden, List<FieldDefinition> fields,
    Map<String, String> joinRelationships) {

  /** Creates an ExploreDefinition. */
  public ExploreDefinition {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(baseView, "baseView");
    fields = List.copyOf(fields);
    joinRelationships = Map.copyOf(joinRelationships);
  }
}
