package io.looksql.emulator.server;

import io.looksql.emulator.query.CompiledQuery;
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
}
