package io.looksql.client.model;

import java.util.List;

/**
 * OpenAPI {@code LookmlModelExploreJoins}: one join of an explore.
 *
 * @param name join alias, the view name used in field names
 * @param from the view joined
 * @param sqlOn join condition
 * @param relationship {@code many_to_one}, {@code one_to_one}, {@code one_to_many} or {@code many_to_many}
 * @param type {@code left_outer}, {@code full_outer}, {@code inner} or {@code cross}
 * @param requiredJoins joins this join needs
 * @param fields the fields the join brings in, empty for all
 * @param foreignKey the dimension a {@code foreign_key} join matches the joined view's primary
 *     key with ({@code user_id} of the base view, or {@code view.field}), null for other joins
 * @param sqlWhere the join's {@code sql_where}, where the metadata shows it, else null
 */
public record LookmlModelExploreJoins(String name, String from, String sqlOn,
    String relationship, String type, List<String> requiredJoins, List<String> fields,
    String foreignKey, String sqlWhere) {
  /** Creates a LookmlModelExploreJoins; null lists become empty. */
  public LookmlModelExploreJoins {
    requiredJoins = Lists.copy(requiredJoins);
    fields = Lists.copy(fields);
  }
}
