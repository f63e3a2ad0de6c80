package io.looksql.client.model;

/**
 * OpenAPI {@code QueryTask}: an asynchronous run of a saved query.
 *
 * @param id the task's id, also the id {@code DELETE /running_queries/{query_task_id}} cancels
 * @param queryId the query run
 * @param status e.g. {@code added}, {@code running}, {@code complete}, {@code error}, {@code killed}
 * @param resultFormat format of the results
 * @param source where the query comes from
 * @param runtime seconds the query ran, when known
 * @param resultSource e.g. {@code query} or {@code cache}
 */
public record QueryTask(String id, String queryId, String status, String resultFormat,
    String source, Double runtime, String resultSource) {
}
