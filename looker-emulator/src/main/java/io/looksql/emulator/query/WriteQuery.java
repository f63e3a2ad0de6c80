package io.looksql.emulator.query;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /queries} and {@code POST /queries/run/{format}} (OpenAPI
 * {@code WriteQuery}); properties the emulator does not act on are kept so a stored query reads
 * back as written.
 *
 * @param model LookML model name (required)
 * @param view explore name (required)
 * @param fields {@code view.field} names to select, dimensions and measures
 * @param pivots pivot dimensions (not supported: must be empty)
 * @param fillFields dimension fill (ignored)
 * @param filters field name to Looker filter expression
 * @param filterExpression custom filter in Looker's expression language
 * @param sorts {@code view.field [asc|desc]}, empty for Looker's default sort
 * @param limit row limit as a string; null for the default (5000), {@code -1} for none
 * @param columnLimit pivot column limit (ignored)
 * @param total whether to compute totals (ignored)
 * @param rowTotal row totals (ignored)
 * @param subtotals subtotal dimensions (ignored)
 * @param dynamicFields JSON-encoded array of custom fields
 * @param queryTimezone IANA time zone of the query, null for UTC
 * @param visConfig visualization state (kept, ignored)
 * @param filterConfig filter UI state (kept, ignored)
 * @param visibleUiSections UI state (kept, ignored)
 * @param clientId client-chosen id for shortened URLs (kept)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record WriteQuery(
    @JsonProperty("model") String model,
    @JsonProperty("view") String view,
    @JsonProperty("fields") List<String> fields,
    @JsonProperty("pivots") List<String> pivots,
    @JsonProperty("fill_fields") List<String> fillFields,
    @JsonProperty("filters") Map<String, String> filters,
    @JsonProperty("filter_expression") String filterExpression,
    @JsonProperty("sorts") List<String> sorts,
    @JsonProperty("limit") String limit,
    @JsonProperty("column_limit") String columnLimit,
    @JsonProperty("total") Boolean total,
    @JsonProperty("row_total") String rowTotal,
    @JsonProperty("subtotals") List<String> subtotals,
    @JsonProperty("dynamic_fields") String dynamicFields,
    @JsonProperty("query_timezone") String queryTimezone,
    @JsonProperty("vis_config") Map<String, Object> visConfig,
    @JsonProperty("filter_config") Map<String, Object> filterConfig,
    @JsonProperty("visible_ui_sections") String visibleUiSections,
    @JsonProperty("client_id") String clientId) {
}
