package io.looksql.emulator.lookml;

import java.util.List;

/**
 * Parameters of a join kept as written: how it is shown, and those whose effect on queries
 * belongs to query generation.
 *
 * @param viewLabel {@code view_label}, or null
 * @param sqlWhere {@code sql_where}, or null
 * @param requiredJoins {@code required_joins}
 * @param outerOnly {@code outer_only}
 * @param foreignKey {@code foreign_key}, or null
 */
public record JoinOptions(String viewLabel, String sqlWhere, List<String> requiredJoins,
    boolean outerOnly, String foreignKey) {

  /** What a join has when none of these parameters is written. */
  public static final JoinOptions NONE = new JoinOptions(null, null, List.of(), false, null);

  /** Returns the options of a join's parameters. */
  static JoinOptions of(Params params) {
    return new JoinOptions(params.string("view_label"), params.sql("sql_where"),
        params.strings("required_joins"), params.bool("outer_only", false),
        params.string("foreign_key"));
  }
}
