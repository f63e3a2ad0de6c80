package io.looksql.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One Looker query as sent to {@code POST /queries/run/json_bi}: the body of a Looker
 * {@code WriteQuery}.
 *
 * @param model LookML model
 * @param view explore
 * @param fields dimensions, measures and custom measures, in output order
 * @param filters Looker filter expression per field
 * @param filterExpression Looker expression for what {@code filters} can't say, or null
 * @param sorts {@code field} or {@code field desc}
 * @param limit row limit; always explicit
 * @param queryTimezone Looker {@code query_timezone}
 * @param customMeasures custom measures, sent in {@code dynamic_fields}
 * @param customDimensions custom dimensions, sent in {@code dynamic_fields}
 */
public record LookerRequest(String model, String view, List<String> fields,
    Map<String, String> filters, @Nullable String filterExpression, List<String> sorts,
    long limit, String queryTimezone, List<CustomMeasure> customMeasures,
    List<CustomDimension> customDimensions) {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  /** Creates a LookerRequest. */
  public LookerRequest {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(view, "view");
    fields = List.copyOf(fields);
    filters = Collections.unmodifiableMap(new LinkedHashMap<>(filters));
    sorts = List.copyOf(sorts);
    customMeasures = List.copyOf(customMeasures);
    customDimensions = List.copyOf(customDimensions);
  }

  /** Returns {@code dynamic_fields}: the custom fields as a JSON-encoded array, or null. */
  public @Nullable String dynamicFields() {
    if (customMeasures.isEmpty() && customDimensions.isEmpty()) {
      return null;
    }
    List<Map<String, String>> list = new ArrayList<>();
    for (CustomDimension d : customDimensions) {
      Map<String, String> o = new LinkedHashMap<>();
      o.put("dimension", d.name());
      o.put("expression", d.expression());
      list.add(o);
    }
    for (CustomMeasure m : customMeasures) {
      Map<String, String> o = new LinkedHashMap<>();
      o.put("measure", m.name());
      o.put("based_on", m.basedOn());
      o.put("type", m.type());
      list.add(o);
    }
    return write(list);
  }

  /** Returns the WriteQuery body as a JSON object with Looker's property names. */
  public Map<String, Object> toWriteQuery() {
    Map<String, Object> q = new LinkedHashMap<>();
    q.put("model", model);
    q.put("view", view);
    q.put("fields", fields);
    if (!filters.isEmpty()) {
      q.put("filters", filters);
    }
    if (filterExpression != null) {
      q.put("filter_expression", filterExpression);
    }
    if (!sorts.isEmpty()) {
      q.put("sorts", sorts);
    }
    // NOTE: Looker's WriteQuery declares limit as a string.
    q.put("limit", Long.toString(limit));
    q.put("query_timezone", queryTimezone);
    String dynamic = dynamicFields();
    if (dynamic != null) {
      q.put("dynamic_fields", dynamic);
    }
    return q;
  }

  /** Returns the WriteQuery body as compact JSON; EXPLAIN and {@code Hook.QUERY_PLAN} show it. */
  public String toJson() {
    return write(toWriteQuery());
  }

  private static String write(Object o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
