package io.looksql.client.model;

import java.util.List;

/**
 * OpenAPI {@code LookmlModelExplore}: an explore with all its fields and joins.
 *
 * @param id {@code model::explore}
 * @param name explore name
 * @param modelName the model
 * @param label label shown in the UI
 * @param description description, may be null
 * @param viewName the explore's base view
 * @param connectionName the database connection
 * @param dialectName the connection's SQL dialect
 * @param hidden whether the explore is hidden from the UI
 * @param hasTimezoneSupport whether {@code query_timezone} applies
 * @param nullSortTreatment where nulls sort: {@code low}, {@code high}, {@code first}, {@code last}
 * @param fields dimensions, measures, filters and parameters
 * @param joins the explore's joins
 * @param groupLabel menu group
 * @param alwaysJoin the joins made in every query of the explore ({@code always_join})
 * @param alwaysFilter filters applied to every query that doesn't filter their field
 * @param conditionallyFilter filters applied to queries that filter neither their field nor one
 *     of the LookML's {@code unless} fields (which the API doesn't list)
 */
public record LookmlModelExplore(String id, String name, String modelName, String label,
    String description, String viewName, String connectionName, String dialectName,
    Boolean hidden, Boolean hasTimezoneSupport, String nullSortTreatment,
    LookmlModelExploreFieldset fields, List<LookmlModelExploreJoins> joins, String groupLabel,
    List<String> alwaysJoin, List<LookmlModelExploreDefaultFilter> alwaysFilter,
    List<LookmlModelExploreDefaultFilter> conditionallyFilter) {
  /** Creates a LookmlModelExplore; a null list becomes empty and null fields an empty set. */
  public LookmlModelExplore {
    fields = fields == null ? new LookmlModelExploreFieldset(null, null, null, null) : fields;
    joins = Lists.copy(joins);
    alwaysJoin = Lists.copy(alwaysJoin);
    alwaysFilter = Lists.copy(alwaysFilter);
    conditionallyFilter = Lists.copy(conditionallyFilter);
  }
}
