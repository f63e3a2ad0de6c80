package io.looksql.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Builds a Looker {@code WriteQuery} JSON body for the sample model {@code ecommerce}. */
final class LookerQuery {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ObjectNode body = JSON.createObjectNode();
  private final List<String> fields = new ArrayList<>();

  private LookerQuery(String explore) {
    body.put("model", "ecommerce");
    body.put("view", explore);
  }

  /** Starts a query on an explore of the sample model. */
  static LookerQuery explore(String explore) {
    return new LookerQuery(explore);
  }

  LookerQuery fields(String... names) {
    ArrayNode array = body.putArray("fields");
    fields.clear();
    for (String name : names) {
      array.add(name);
      fields.add(name);
    }
    return this;
  }

  LookerQuery filter(String field, String expression) {
    ObjectNode filters = body.has("filters") ? (ObjectNode) body.get("filters") : body.putObject("filters");
    filters.put(field, expression);
    return this;
  }

  LookerQuery sorts(String... sorts) {
    ArrayNode array = body.putArray("sorts");
    for (String sort : sorts) {
      array.add(sort);
    }
    return this;
  }

  LookerQuery limit(String limit) {
    body.put("limit", limit);
    return this;
  }

  LookerQuery timezone(String zone) {
    body.put("query_timezone", zone);
    return this;
  }

  /** Sets {@code dynamic_fields}, which Looker takes as a JSON array encoded in a string. */
  LookerQuery dynamicFields(String jsonArray) {
    body.put("dynamic_fields", jsonArray);
    return this;
  }

  /** Returns the requested field names, the keys of each result row, in order. */
  List<String> fieldNames() {
    return List.copyOf(fields);
  }

  /** Returns a copy of the JSON body. */
  ObjectNode json() {
    return body.deepCopy();
  }

  @Override public String toString() {
    return body.toString();
  }
}
