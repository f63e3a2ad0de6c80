package io.looksql.catalog;

import java.util.Locale;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Decides whether re-aggregating a measure over Looker's grouped rows gives the measure over the
 * coarser grouping, and whether a view's rows appear once each among the rows a query joins: the
 * {@code IS_ADDITIVE} metadata column, the push-down rules and the guards all use it.
 *
 * <p>Min and max are always additive (by MIN and MAX). Sums and counts are additive (by SUM) only
 * where each row of their view is one joined row (see {@link #repeats}): elsewhere a row of the
 * view can fall into several groups, so a sum over groups counts it more than once. Every other
 * type (count_distinct, average, number, list, median, percentile, the {@code _distinct} types,
 * string, date, yesno, the post-query types, and types Looker may add) is never additive.
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
   * Returns how a measure may be rolled up where its view's rows are not repeated: by its type
   * alone (sums and counts by SUM, min and max by MIN and MAX).
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

  /** Returns how a measure may be rolled up in any query of an explore, whatever it joins. */
  public static Rollup rollup(ExploreDefinition explore, FieldDefinition measure) {
    return rollup(explore, measure, explore.joins().keySet());
  }

  /**
   * Returns how a measure may be rolled up in a query of an explore that makes some joins (see
   * {@link ExploreDefinition#joinsFor}): Looker joins only what a query needs, so a fan-out join
   * the query doesn't make repeats no rows.
   */
  public static Rollup rollup(ExploreDefinition explore, FieldDefinition measure,
      Set<String> joins) {
    Rollup r = rollup(measure);
    return r != Rollup.SUM || !repeats(explore, measure.view(), joins) ? r : Rollup.NONE;
  }

  /** Returns whether a measure is additive in every query of its explore; null otherwise. */
  public static @Nullable Boolean isAdditive(ExploreDefinition explore, FieldDefinition field) {
    return field.measure() ? rollup(explore, field) != Rollup.NONE : null;
  }

  /**
   * Returns whether rows of the view under an alias can appear more than once among the rows a
   * query joins, where {@code joins} are the joins the query makes: some join on the alias's path
   * from the base view joins it (or a view before it) to several rows ({@code many_to_one},
   * {@code many_to_many}), or another join the query makes fans out ({@code one_to_many},
   * {@code many_to_many}). An alias whose path is not visible, or that the explore doesn't have,
   * repeats.
   */
  public static boolean repeats(ExploreDefinition explore, String alias, Set<String> joins) {
    Set<String> path = explore.pathTo(alias);
    if (path == null) {
      return true;
    }
    for (String a : path) {
      if (explore.joins().get(a).repeatsJoinedRows()) {
        return true;
      }
    }
    return fanOut(explore, path, joins) != null;
  }

  /**
   * Returns a join among {@code joins}, off an alias's path, that fans out (so repeats the rows
   * of the views on that path), or null.
   */
  public static @Nullable String fanOut(ExploreDefinition explore, Set<String> path,
      Set<String> joins) {
    for (String a : joins) {
      JoinDefinition j = explore.joins().get(a);
      if (j != null && !path.contains(a) && j.fansOut()) {
        return a;
      }
    }
    return null;
  }

  /**
   * Returns why rows of the view under an alias are repeated in a query that makes some joins, in
   * the user's words ({@code "the query joins orders, which is one_to_many"}), or null where they
   * are not.
   */
  public static @Nullable String whyRepeated(ExploreDefinition explore, String alias,
      Set<String> joins) {
    Set<String> path = explore.pathTo(alias);
    if (path == null) {
      return explore.joins().containsKey(alias)
          ? "the explore's metadata doesn't show what join " + alias + " is joined to"
          : alias + " is not a view of explore " + explore.name();
    }
    for (String a : path) {
      JoinDefinition j = explore.joins().get(a);
      if (j.repeatsJoinedRows()) {
        return a.equals(alias) ? "join " + a + " is " + j.relationship()
            : alias + " is joined through " + a + ", which is " + j.relationship();
      }
    }
    String fan = fanOut(explore, path, joins);
    return fan == null ? null
        : "the query joins " + fan + ", which is " + explore.joins().get(fan).relationship();
  }
}
