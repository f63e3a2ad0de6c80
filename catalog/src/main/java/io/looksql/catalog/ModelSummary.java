package io.looksql.catalog;

import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * LookML model with the explores the current Looker user can see.
 *
 * @param name model name
 * @param label label, or null
 * @param explores explores of the model
 */
public record ModelSummary(String name, @Nullable String label, List<ExploreSummary> explores) {

  /** Creates a ModelSummary. */
  public ModelSummary {
    explores = List.copyOf(explores);
  }
}
