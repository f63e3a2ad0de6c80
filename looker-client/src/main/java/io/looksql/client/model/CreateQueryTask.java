package io.looksql.client.model;

import java.util.Objects;

/**
 * OpenAPI {@code CreateQueryTask}: the body of {@code POST /query_tasks}.
 *
 * @param queryId the saved query to run (required)
 * @param resultFormat format of the results (required), e.g. {@code json_bi}
 * @param source where the query comes from, shown in the admin's query list; may be null
 * @param deferred whether to defer the task, may be null
 */
public record CreateQueryTask(String queryId, String resultFormat, String source,
    Boolean deferred) {
  /** Creates a CreateQueryTask; query id and format are required. */
  public CreateQueryTask {
    Objects.requireNonNull(queryId, "queryId");
    Objects.requireNonNull(resultFormat, "resultFormat");
  }
}
