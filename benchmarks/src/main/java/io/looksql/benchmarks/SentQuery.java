package io.looksql.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.looksql.client.model.WriteQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The Looker query the driver sent, as {@code Hook.QUERY_PLAN} publishes it (compact JSON),
 * turned back into a {@link WriteQuery} for looker-client, so a baseline asks exactly the same.
 */
final class SentQuery {
  private SentQuery() {
  }

  /** Returns the WriteQuery of the JSON the driver sent. */
  static WriteQuery of(Object published) {
    JsonNode q;
    try {
      q = new ObjectMapper().readTree(published.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    WriteQuery.Builder b = WriteQuery.builder(q.path("model").asText(), q.path("view").asText())
        .fields(texts(q.path("fields"))).sorts(texts(q.path("sorts")));
    for (Iterator<Map.Entry<String, JsonNode>> f = q.path("filters").fields(); f.hasNext(); ) {
      Map.Entry<String, JsonNode> e = f.next();
      b.filter(e.getKey(), e.getValue().asText());
    }
    if (q.hasNonNull("filter_expression")) {
      b.filterExpression(q.get("filter_expression").asText());
    }
    if (q.hasNonNull("dynamic_fields")) {
      b.dynamicFields(q.get("dynamic_fields").asText());
    }
    if (q.hasNonNull("query_timezone")) {
      b.queryTimezone(q.get("query_timezone").asText());
    }
    return b.limit(q.path("limit").asLong(50_000)).build();
  }

  private static String[] texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out.toArray(String[]::new);
  }
}
