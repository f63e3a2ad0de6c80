package io.looksql.emulator.format;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.looksql.emulator.query.ResultField;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a result writer knows before the first row: the columns and the query they came from.
 *
 * @param fields the result columns, in order
 * @param fieldMetadata for each column, its {@code LookmlModelExploreField} JSON
 * @param sql the SQL run, with literals written in
 * @param queryId the stored query's id, or null for an inline query
 * @param model model name
 * @param explore explore name
 * @param exploreLabel explore label
 * @param exploreDescription explore description, or null
 * @param filters the query's filters (field to expression), never null
 * @param filterExpression the query's custom filter, or null
 * @param timeZone the query time zone id
 * @param ranAt when the query started
 */
public record ResultHeader(
    List<ResultField> fields,
    List<ObjectNode> fieldMetadata,
    String sql,
    String queryId,
    String model,
    String explore,
    String exploreLabel,
    String exploreDescription,
    Map<String, String> filters,
    String filterExpression,
    String timeZone,
    Instant ranAt) {
}
