package io.looksql.emulator.server;

import io.looksql.emulator.query.CompiledQuery;
import io.looksql.emulator.query.QueryContext;
import io.looksql.emulator.query.QueryException;
import io.looksql.emulator.query.WriteQuery;

/**
 * Turns a query body into SQL; normally {@link io.looksql.emulator.query.QueryCompiler} over the
 * emulator's project.
 */
@FunctionalInterface
public interface QueryPlanner {
  /**
   * Returns the compiled query.
   *
   * @param limitOverride the run endpoints' {@code limit} parameter, or null
   * @throws QueryException when Looker would refuse the query (404 or 422)
   */
  CompiledQuery plan(WriteQuery query, Long limitOverride);

  /**
   * Returns the compiled query as run by a user. This default only hides the models the user may
   * not see; a planner over LookML applies the explore's access filters too.
   *
   * @param limitOverride the run endpoints' {@code limit} parameter, or null
   * @param context the user the query runs as
   * @throws QueryException when Looker would refuse the query (403, 404 or 422)
   */
  default CompiledQuery plan(WriteQuery query, Long limitOverride, QueryContext context) {
    if (query.model() != null && !context.canSeeModel(query.model())) {
      throw QueryException.notFound("Model '" + query.model() + "' not found");
    }
    return plan(query, limitOverride);
  }
}
