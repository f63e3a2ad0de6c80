package io.looksql.client.model;

import java.util.List;

/**
 * OpenAPI {@code LookmlModelExploreFieldset}: the fields of an explore by category.
 *
 * @param dimensions dimensions, including each timeframe of a dimension group
 * @param measures measures
 * @param filters filter-only fields
 * @param parameters parameters
 */
public record LookmlModelExploreFieldset(List<LookmlModelExploreField> dimensions,
    List<LookmlModelExploreField> measures, List<LookmlModelExploreField> filters,
    List<LookmlModelExploreField> parameters) {
  /** Creates a LookmlModelExploreFieldset; null lists become empty. */
  public LookmlModelExploreFieldset {
    dimensions = Lists.copy(dimensions);
    measures = Lists.copy(measures);
    filters = Lists.copy(filters);
    parameters = Lists.copy(parameters);
  }
}
