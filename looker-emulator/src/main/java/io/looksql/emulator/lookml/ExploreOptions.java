package io.looksql.emulator.lookml;

import java.util.List;

/**
 * Parameters of an explore kept as written: how it is shown, and the always-applied SQL whose
 * effect on queries belongs to query generation.
 *
 * @param viewLabel {@code view_label} (the base view's label in the field picker), or null
 * @param groupLabel {@code group_label} (the menu the explore is listed under), or null
 * @param tags {@code tags}
 * @param alwaysJoin {@code always_join}: joins every query includes
 * @param sqlAlwaysWhere {@code sql_always_where}, or null
 * @param sqlAlwaysHaving {@code sql_always_having}, or null
 * @param sqlPreamble {@code sql_preamble}, or null
 * @param symmetricAggregates {@code symmetric_aggregates} (default yes)
 */
public record ExploreOptions(
    String viewLabel,
    String groupLabel,
    List<String> tags,
    List<String> alwaysJoin,
    String sqlAlwaysWhere,
    String sqlAlwaysHaving,
    String sqlPreamble,
    boolean symmetricAggregates) {

  /** What an explore has when none of these parameters is written. */
  public static final ExploreOptions NONE =
      new ExploreOptions(null, null, List.of(), List.of(), null, null, null, true);

  /** Returns the options of an explore's parameters. */
  static ExploreOptions of(Params params) {
    return new ExploreOptions(params.string("view_label"), params.string("group_label"),
        params.strings("tags"), params.strings("always_join"), params.sql("sql_always_where"),
        params.sql("sql_always_having"), params.sql("sql_preamble"),
        params.bool("symmetric_aggregates", true));
  }
}
