package io.looksql.emulator.lookml;

import java.util.List;

/**
 * Parameters of an explore kept as written that change how it is shown or are accepted without
 * an effect on the emulator's queries ({@link ExploreClauses} holds the SQL it adds).
 *
 * @param viewLabel {@code view_label} (the base view's label in the field picker), or null
 * @param groupLabel {@code group_label} (the menu the explore is listed under), or null
 * @param tags {@code tags}
 * @param sqlPreamble {@code sql_preamble}, or null
 * @param symmetricAggregates {@code symmetric_aggregates} (default yes)
 */
public record ExploreOptions(
    String viewLabel,
    String groupLabel,
    List<String> tags,
    String sqlPreamble,
    boolean symmetricAggregates) {

  /** What an explore has when none of these parameters is written. */
  public static final ExploreOptions NONE = new ExploreOptions(null, null, List.of(), null, true);

  /** Returns the options of an explore's parameters. */
  static ExploreOptions of(Params params) {
    return new ExploreOptions(params.string("view_label"), params.string("group_label"),
        params.strings("tags"), params.sql("sql_preamble"),
        params.bool("symmetric_aggregates", true));
  }
}
