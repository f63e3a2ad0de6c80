package io.looksql.emulator.format;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The {@code json_bi} format: {@code metadata} (OpenAPI {@code JsonBiMetadata}) then {@code rows}
 * of {@code {"field": {"value": v}}} cells, which is what Looker sends although the spec types
 * rows as strings.
 */
final class JsonBiWriter implements ResultWriter {
  /** The properties of OpenAPI {@code JsonBiField}, all required. */
  private static final List<String> FIELD_PROPERTIES = List.of("sql", "view", "dimension_group",
      "category", "field_group_label", "name", "type", "view_label", "label",
      "field_group_variant", "hidden", "description");

  private final OutputStream out;
  private final ResultHeader header;
  private JsonGenerator g;

  JsonBiWriter(OutputStream out, ResultHeader header) {
    this.out = out;
    this.header = header;
  }

  @Override public void start() throws IOException {
    g = JsonValues.generator(out);
    g.writeStartObject();
    g.writeObjectFieldStart("metadata");
    g.writeObjectFieldStart("big_query_metadata");
    g.writeNumberField("total_bytes_processed", 0);
    g.writeBooleanField("backend_cache_hit", false);
    g.writeEndObject();
    g.writeObjectFieldStart("fields");
    writeFields("dimensions", "dimension");
    writeFields("measures", "measure");
    g.writeArrayFieldStart("pivots");
    g.writeEndArray();
    g.writeArrayFieldStart("table_calculations");
    g.writeEndArray();
    g.writeEndObject();
    g.writeArrayFieldStart("pivots");
    g.writeEndArray();
    g.writeBooleanField("has_subtotals", false);
    g.writeBooleanField("has_totals", false);
    // Looker sends a boolean here (the spec says string); its own JDBC driver reads a boolean.
    g.writeBooleanField("columns_truncated", false);
    g.writeStringField("filter_expression", header.filterExpression());
    g.writeObjectFieldStart("filters");
    for (var e : header.filters().entrySet()) {
      g.writeStringField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
    g.writeStringField("sql", header.sql());
    g.writeEndObject();
    g.writeArrayFieldStart("rows");
  }

  private void writeFields(String name, String category) throws IOException {
    g.writeArrayFieldStart(name);
    for (ObjectNode field : header.fieldMetadata()) {
      if (!category.equals(field.path("category").asText())) {
        continue;
      }
      g.writeStartObject();
      for (String p : FIELD_PROPERTIES) {
        JsonNode v = field.get(p);
        g.writeFieldName(p);
        if (v == null) {
          g.writeNull();
        } else {
          g.writeTree(v);
        }
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  @Override public void row(Object[] values) throws IOException {
    JsonValues.writeCellRow(g, header, values);
  }

  @Override public void finish(double runtimeSeconds) throws IOException {
    g.writeEndArray();
    g.writeEndObject();
    g.flush();
  }
}
