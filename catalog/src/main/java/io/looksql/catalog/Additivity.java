package io.looksql.catalog;

import java.util.Locale;
import java.util.Set;

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

  /**
   * Returns how a measure may be rolled up at the explore's grain: by its type alone (sums and
   * counts by SUM, min and max by MIN and MAX).
   */
  public static Rollup rollup(FieldDefinition measure) {
    switch (measure.type().toLowerCase(Locale.ROOT)) {
    case "min":
      return Rollup.MIN;
    case "max":
      return Rollup.MAX;
    case "sum":
    case "count":
      return Rollup.SUM;
    default:
      return Rollup.NONE;
    }
  }

  /** Returns how a measure may be rolled up in any query of an explore. */
  public static Rollup rollup(ExploreDefinition explore, FieldDefinition measure) {
    return rollup(explore, measure, explore.joinRelationships().keySet());
  }

  /**
   * Returns how a measure may be rolled up in a query of an explore that makes some joins (see
   * {@link ExploreDefinition#joinsFor}): Looker joins only what a query needs, so a fan-out join
   * the query doesn't make repeats no rows.
   */
  public static Rollup rollup(ExploreDefinition explore, FieldDefinition measure,
      Set<String> joins) {
    Rollup r = rollup(measure);
    return r != Rollup.SUM || atFinestGrain(explore, measure.view(), joins) ? r : Rollup.NONE;
  }

  /** Returns whether a measure is additive; null for a dimension. */
  public static Boolean isAdditive(ExploreDefinition explore, FieldDefinition field) {
    return field.measure() ? rollup(explore, field) != Rollup.NONE : null;
  }

  /**
   * Returns whether each row of a view is one row of the explore in a query that makes some
   * joins, so that sums and counts over the view's rows add up across groups: the base view, or a
   * view joined one-to-one to it, when none of the joins fans out.
   */
  public static boolean atFinestGrain(ExploreDefinition explore, String view, Set<String> joins) {
    for (String join : joins) {
      String r = explore.joinRelationships().getOrDefault(join, "").toLowerCase(Locale.ROOT);
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
