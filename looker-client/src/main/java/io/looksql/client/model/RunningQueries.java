package io.looksql.client.model;

/**
 * OpenAPI {@code RunningQueries}: one query running on the server ({@code GET /running_queries}).
 *
 * @param id the entry's id
 * @param user who runs it
 * @param queryId the query running
 * @param queryTaskId the task running it, the id to cancel with
 * @param slug the query's slug
 * @param source where the query comes from
 * @param status e.g. {@code running}
 * @param createdAt when it started, ISO-8601
 * @param connectionName the database connection
 * @param dialect the connection's SQL dialect
 * @param runtime seconds run so far, when known
 * @param sql the SQL running, null without permission
 */
public record RunningQueries(String id, UserPublic user, String queryId, String queryTaskId,
    String slug, String source, String status, String createdAt, String connectionName,
    String dialect, Double runtime, String sql) {
}
