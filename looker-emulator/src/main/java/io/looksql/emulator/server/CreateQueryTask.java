package io.looksql.emulator.server;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of {@code POST /query_tasks} (OpenAPI {@code CreateQueryTask}).
 *
 * @param queryId the stored query to run (required)
 * @param resultFormat the format of the result (required)
 * @param source where the request comes from, reported back as the task's {@code source}
 * @param deferred accepted and reported; the emulator starts every task at once
 * @param lookId the Look the query belongs to, reported back
 * @param dashboardId the dashboard the query belongs to, reported back
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record CreateQueryTask(
    @JsonProperty("query_id") String queryId,
    @JsonProperty("result_format") String resultFormat,
    @JsonProperty("source") String source,
    @JsonProperty("deferred") Boolean deferred,
    @JsonProperty("look_id") String lookId,
    @JsonProperty("dashboard_id") String dashboardId) {
}
