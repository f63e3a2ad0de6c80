package io.looksql.emulator.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.looksql.emulator.lookml.Category;
import io.looksql.emulator.lookml.Field;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Custom fields from a query's {@code dynamic_fields}, a JSON-encoded array of custom measures,
 * {@code {"measure": name, "based_on": "view.field", "type": ..., "label": ...}}, and custom
 * dimensions, {@code {"dimension": name, "expression": ..., "label": ...}}.
 */
final class DynamicFields {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> TYPES =
      Set.of("count", "count_distinct", "sum", "average", "min", "max", "list");

  private DynamicFields() {
  }

  /**
   * Returns the custom fields by name, each scoped to the view of the field it is based on (the
   * first field it uses, for custom dimensions); custom dimensions are defined in
   * {@code dimensions} too, which compiles them.
   */
  static Map<String, ScopedField> parse(String json, ExploreScope scope, CustomDimensions dimensions) {
    Map<String, ScopedField> out = new LinkedHashMap<>();
    if (json == null || json.isBlank()) {
      return out;
    }
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw invalid("dynamic_fields is not valid JSON: " + e.getOriginalMessage());
    }
    if (!root.isArray()) {
      throw invalid("dynamic_fields must be a JSON array");
    }
    Set<String> names = new HashSet<>();
    for (JsonNode node : root) {
      String name;
      if (node.hasNonNull("dimension")) {
        name = customDimension(node, dimensions);
      } else {
        ScopedField field = customMeasure(node, scope);
        name = field.field().name();
        out.put(name, field);
      }
      if (!names.add(name)) {
        throw invalid("dynamic_fields defines " + name + " twice");
      }
    }
    dimensions.complete(out);
    return out;
  }

  private static ScopedField customMeasure(JsonNode node, ExploreScope scope) {
    if (node.has("table_calculation")) {
      throw invalid("Table calculations in dynamic_fields are not supported: " + node.get("table_calculation").asText());
    }
    if (!node.hasNonNull("measure")) {
      throw invalid("Each dynamic field needs \"measure\" or \"dimension\" (custom measures and"
          + " dimensions are the kinds supported): " + node);
    }
    String name = node.get("measure").asText();
    String type = node.path("type").asText("");
    if (!TYPES.contains(type)) {
      throw invalid("Custom measure " + name + " has unsupported type \"" + type + "\"; expected one of "
          + String.join(", ", TYPES.stream().sorted().toList()));
    }
    String basedOn = node.path("based_on").asText("");
    ScopedField base = scope.find(basedOn);
    if (base == null) {
      throw invalid("Custom measure " + name + " is based on unknown field \"" + basedOn + "\"");
    }
    if (base.field().isMeasure()) {
      throw invalid("Custom measure " + name + " is based on measure " + basedOn + "; base it on a dimension");
    }
    String label = node.hasNonNull("label") ? node.get("label").asText() : null;
    String ref = "${" + base.field().name() + "}";
    Field field = new Field(name, Category.MEASURE, type, type.equals("list") ? null : ref,
        false, false, label, null, null, List.of(), null, null, null, false, List.of(), null,
        Map.of(), type.equals("list") ? base.field().name() : null, base.field().position());
    return new ScopedField(base.alias(), base.view(), field);
  }

  private static String customDimension(JsonNode node, CustomDimensions dimensions) {
    String name = node.get("dimension").asText();
    if (!node.hasNonNull("expression") || node.get("expression").asText().isBlank()) {
      throw invalid("Custom dimension " + name + " needs an \"expression\"");
    }
    String label = node.hasNonNull("label") ? node.get("label").asText() : null;
    dimensions.define(name, label, node.get("expression").asText());
    return name;
  }

  private static QueryException invalid(String message) {
    return QueryException.invalid("dynamic_fields", "invalid", message);
  }
}
