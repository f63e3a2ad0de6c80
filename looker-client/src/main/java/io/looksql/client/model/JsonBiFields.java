package io.looksql.client.model;

import java.util.ArrayList;
import java.util.List;

/**
 * OpenAPI {@code JsonBiFields}: the columns of a {@code json_bi} result by category.
 *
 * @param dimensions dimension columns
 * @param measures measure columns
 * @param pivots pivot columns
 * @param tableCalculations table calculation columns (their name and label only)
 */
public record JsonBiFields(List<JsonBiField> dimensions, List<JsonBiField> measures,
    List<JsonBiField> pivots, List<JsonBiField> tableCalculations) {
  /** Creates a JsonBiFields; null lists become empty. */
  public JsonBiFields {
    dimensions = Lists.copy(dimensions);
    measures = Lists.copy(measures);
    pivots = Lists.copy(pivots);
    tableCalculations = Lists.copy(tableCalculations);
  }

  /** Returns the columns in result order: dimensions, measures, then table calculations. */
  public List<JsonBiField> all() {
    List<JsonBiField> all = new ArrayList<>(dimensions);
    all.addAll(measures);
    all.addAll(tableCalculations);
    return List.copyOf(all);
  }
}
