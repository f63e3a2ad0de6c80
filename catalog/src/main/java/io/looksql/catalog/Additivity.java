package io.looksql.catalog;

import java.util.Locale;

/**
 * Decides whether re-aggregating a measure over Looker's grouped rows gives the measure over the
 * coarser grouping: the {@code IS_ADDITIVE} metadata column and the measure guard both use it.
 *
 * <p>Min and max are always additive (by MIN and MAX). Sums and counts are additive (by SUM) only
 * at the explore's finest grain: in the base view of an explore without fan-out joins, or a view
 * joined one-to-one to it. Elsewhere a row of the view can fall into several groups, so a sum over
 * groups counts it more than once. Everything else (count_distinct, average, number, list, ...)
 * is never additive.
 */
public final class Additivity {
  private Additivity() {
  }

  /** Kind of re-aggregation that reproduces a measure, or none. */
  public enum Rollup {
    /** SUM of the per-group values. */
    SUM,
    /** MIN of the per-group values. */
    MIN,
    /** MAX of the per-group values. */
    MAX,
    /** Not additive: Looker must compute it for the final grouping. */
    NONE
  }

  /** Returns how a measure of an explore may be rolled up. */
  public static Rollup rollup(ExploreDefinition explore, FieldDefinition measure) {
    switch (measure.type().toLowerCase(Locale.ROOT)) {
    case "min":
      return Rollup.MIN;
    case "max":
      return Rollup.MAX;
    case "sum":
    case "count":
      return atFinestGrain(explore, measure.view()) ? Rollup.SUM : Rollup.NONE;
    default:
      return Rollup.NONE;
    }
  }

  /** Returns whether a measure is additive; null for a dimension. */
  public static Boolean isAdditive(ExploreDefinition explore, FieldDefinition field) {
    return field.measure() ? rollup(explore, field) != Rollup.NONE : null;
  }

  private static boolean atFinestGrain(ExploreDefinition explore, String view) {
    for (String relationship : explore.joinRelationships().values()) {
      String r = relationship.toLowerCase(Locale.ROOT);
      if (r.equals("one_to_many") || r.equals("many_to_many")) {
        return false;
      }
    }
    if (view.equals(explore.baseView())) {
      return true;
    }
    String r = explore.joinRelationships().get(view);
    return r != null && r.equalsIgnoreCase("one_to_one");
  }
}
