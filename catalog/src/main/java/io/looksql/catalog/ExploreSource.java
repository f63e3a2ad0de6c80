package io.looksql.catalog;

import java.util.List;

/**
 * Source of Looker metadata for one Looker identity: the seam between the catalog and the Looker
 * API client, so that rule and schema tests can run on a hand-written fake.
 */
public interface ExploreSource {
  /** Fetches the models the identity can see: {@code GET /lookml_models}. */
  List<ModelSummary> fetchModels();

  /**
   * Fetches an explore's fields and joins:
   * {@code GET /lookml_models/{model}/explores/{explore}}.
   */
  ExploreDefinition fetchExplore(String model, String explore);
}
