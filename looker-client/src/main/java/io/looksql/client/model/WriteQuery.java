package io.looksql.client.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * OpenAPI {@code WriteQuery}: the query sent to {@code POST /queries} and
 * {@code POST /queries/run/{result_format}}; build one with {@link #builder(String, String)}.
 *
 * @param model LookML model name (required)
 * @param view explore name (required; Looker calls the explore "view" here)
 * @param fields {@code view.field} names of dimensions, measures and custom fields
 * @param pivots dimensions to pivot on
 * @param fillFields dimensions whose missing values are filled
 * @param filters field name to Looker filter expression
 * @param filterExpression custom filter in Looker's expression language, may be null
 * @param sorts {@code view.field} or {@code view.field desc}; empty for the default sort
 * @param limit row limit as a string, {@code -1} for none, null for the server's default
 * @param columnLimit pivot column limit, may be null
 * @param total whether to compute column totals, may be null
 * @param rowTotal row totals of pivoted queries, may be null
 * @param subtotals dimensions to subtotal on
 * @param dynamicFields JSON-encoded array of custom fields and table calculations, may be null
 * @param queryTimezone IANA time zone of the query, null for the server's
 * @param clientId client-chosen 22-character id for shortened URLs, may be null
 */
public record WriteQuery(String model, String view, List<String> fields, List<String> pivots,
    List<String> fillFields, Map<String, String> filters, String filterExpression,
    List<String> sorts, String limit, String columnLimit, Boolean total, String rowTotal,
    List<String> subtotals, String dynamicFields, String queryTimezone, String clientId) {
  /** Creates a WriteQuery; model and view are required, null lists and maps become empty. */
  public WriteQuery {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(view, "view");
    fields = Lists.copy(fields);
    pivots = Lists.copy(pivots);
    fillFields = Lists.copy(fillFields);
    filters = Lists.copy(filters);
    sorts = Lists.copy(sorts);
    subtotals = Lists.copy(subtotals);
  }

  /** Returns a builder for a query on the given model and explore. */
  public static Builder builder(String model, String explore) {
    return new Builder(model, explore);
  }

  /** Builder of a {@link WriteQuery}; the common properties only, as Looker's UI sets them. */
  public static final class Builder {
    private final String model;
    private final String view;
    private final List<String> fields = new ArrayList<>();
    private final Map<String, String> filters = new LinkedHashMap<>();
    private final List<String> sorts = new ArrayList<>();
    private String filterExpression;
    private String limit;
    private String dynamicFields;
    private String queryTimezone;

    private Builder(String model, String view) {
      this.model = Objects.requireNonNull(model, "model");
      this.view = Objects.requireNonNull(view, "explore");
    }

    /** Adds fields to select. */
    public Builder fields(String... names) {
      fields.addAll(List.of(names));
      return this;
    }

    /** Adds a filter: the field and a Looker filter expression, e.g. {@code ">=10"}. */
    public Builder filter(String field, String expression) {
      filters.put(Objects.requireNonNull(field), Objects.requireNonNull(expression));
      return this;
    }

    /** Sets the custom filter expression, e.g. {@code ${orders.status} = "complete"}. */
    public Builder filterExpression(String expression) {
      this.filterExpression = expression;
      return this;
    }

    /** Adds sorts, e.g. {@code "orders.created_date desc"}. */
    public Builder sorts(String... sorts) {
      this.sorts.addAll(List.of(sorts));
      return this;
    }

    /** Sets the row limit; {@code -1} for no limit. */
    public Builder limit(long limit) {
      this.limit = Long.toString(limit);
      return this;
    }

    /** Sets the JSON-encoded custom fields ({@code dynamic_fields}). */
    public Builder dynamicFields(String json) {
      this.dynamicFields = json;
      return this;
    }

    /** Sets the query's time zone, an IANA name such as {@code Europe/Berlin}. */
    public Builder queryTimezone(String zone) {
      this.queryTimezone = zone;
      return this;
    }

    /** Returns the query. */
    public WriteQuery build() {
      return new WriteQuery(model, view, fields, null, null, filters, filterExpression, sorts,
          limit, null, null, null, null, dynamicFields, queryTimezone, null);
    }
  }
}
