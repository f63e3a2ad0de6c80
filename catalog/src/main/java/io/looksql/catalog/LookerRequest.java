package io.looksql.catalog;

import io.looksql.client.LookerClient;
import io.looksql.client.model.WriteQuery;
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
    return LookerClient.toJson(list);
  }

  /** Returns the query as the client sends it: a Looker {@code WriteQuery}. */
  public WriteQuery toWriteQuery() {
    WriteQuery.Builder b = WriteQuery.builder(model, view)
        .fields(fields.toArray(new String[0]))
        .sorts(sorts.toArray(new String[0]))
        .limit(limit)
        .queryTimezone(queryTimezone);
    filters.forEach(b::filter);
    if (filterExpression != null) {
      b.filterExpression(filterExpression);
    }
    String dynamic = dynamicFields();
    if (dynamic != null) {
      b.dynamicFields(dynamic);
    }
    return b.build();
  }

  /**
   * Returns the body the client sends for this request, written by the client's own codec:
   * EXPLAIN and {@code Hook.QUERY_PLAN} show it, so what they show is what is sent.
   */
  public String toJson() {
    return LookerClient.toJson(toWriteQuery());
  }
}
