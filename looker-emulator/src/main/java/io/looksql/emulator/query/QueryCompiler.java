package io.looksql.emulator.query;

import io.looksql.emulator.lookml.Project;
import io.looksql.emulator.sql.Dialect;
import java.time.Clock;

/** Compiles a Looker query against a LookML project into one SQL statement. */
public final class QueryCompiler {
  /** Looker's row limit when a query gives none. */
  public static final long DEFAULT_LIMIT = 5000;

  private final Dialect dialect;
  private final Clock clock;

  /** Creates a QueryCompiler; the clock is what relative date filters are relative to. */
  public QueryCompiler(Dialect dialect, Clock clock) {
    this.dialect = dialect;
    this.clock = clock;
  }

  /**
   * Returns the SQL statement of a query.
   *
   * @param limitOverride the {@code limit} query parameter of the run endpoints, or null
   * @throws QueryException if the model or explore is unknown (404) or the query is invalid (422)
   */
  public CompiledQuery compile(Project project, WriteQuery query, Long limitOverride) {
    throw new UnsupportedOperationException("query compiler: being written");
  }
}
