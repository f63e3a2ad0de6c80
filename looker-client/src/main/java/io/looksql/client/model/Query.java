package io.looksql.client.model;

import java.util.List;
import java.util.Map;

/**
 * OpenAPI {@code Query}: a saved query as the server returns it, with its id and slug.
 *
 * @param id the query's id (queries are immutable and never deleted)
 * @param slug the short id used in share URLs
 * @param model LookML model name
 * @param view explore name
 * @param fields selected fields
 * @param pivots pivot dimensions
 * @param fillFields filled dimensions
 * @param filters field name to Looker filter expression
 * @param filterExpression custom filter, may be null
 * @param sorts sorts
 * @param limit row limit as a string, may be null
 * @param columnLimit pivot column limit, may be null
 * @param total whether column totals are computed, may be null
 * @param rowTotal row totals, may be null
 * @param subtotals subtotal dimensions
 * @param dynamicFields JSON-encoded custom fields, may be null
 * @param queryTimezone IANA time zone, may be null
 * @param clientId id for shortened URLs
 * @param url relative URL of the query in the UI
 * @param shareUrl share URL
 * @param hasTableCalculations whether the query has table calculations
 */
public record Query(String id, String slug, String model, String view, List<String> fields,
    List<String> pivots, List<String> fillFields, Map<String, String> filters,
    String filterExpression, List<String> sorts, String limit, String columnLimit,
    Boolean total, String rowTotal, List<String> subtotals, String dynamicFields,
    String queryTimezone, String clientId, String url, String shareUrl,
    Boolean hasTableCalculations) {
  /** Creates a Query; null lists and maps become empty. */
  public Query {
    fields = Lists.copy(fields);
    pivots = Lists.copy(pivots);
    fillFields = Lists.copy(fillFields);
    filters = Lists.copy(filters);
    sorts = Lists.copy(sorts);
    subtotals = Lists.copy(subtotals);
  }

  /** Returns this query's writable properties, e.g. to run a variation of it. */
  public WriteQuery toWriteQuery() {
    return new WriteQuery(model, view, fields, pivots, fillFields, filters, filterExpression,
        sorts, limit, columnLimit, total, rowTotal, subtotals, dynamicFields, queryTimezone,
        clientId);
  }
}
