package io.looksql.catalog;

/**
 * Runs Looker queries for one Looker identity: the seam between query execution and the Looker
 * API client.
 */
public interface QueryRunner {
  /** Runs a query and streams its rows: {@code POST /queries/run/json_bi}. */
  QueryRows runQuery(LookerRequest request);
}
