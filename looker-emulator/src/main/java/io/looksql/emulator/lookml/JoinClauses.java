package io.looksql.emulator.lookml;

import java.util.List;

/**
 * What a join adds to the SQL of the queries that include it.
 *
 * @param foreignKey {@code foreign_key}: a dimension ({@code field} of the explore's base view, or
 *     {@code view.field}) equal to the joined view's primary key, or null
 * @param sqlWhere {@code sql_where}: a condition ANDed into WHERE, as written, or null
 * @param requiredJoins {@code required_joins}: joins included whenever this one is
 */
public record JoinClauses(String foreignKey, String sqlWhere, List<String> requiredJoins) {
  /** No clauses. */
  public static final JoinClauses NONE = new JoinClauses(null, null, List.of());
}
