package io.looksql.emulator.format;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/**
 * The {@code json_detail} format: query facts and field metadata, then {@code data} rows of
 * {@code {"field": {"value": v}}} cells, then the runtime (known only at the end).
 */
final class JsonDetailWriter implements ResultWriter {
  private final OutputStream out;
  private final ResultHeader header;
  private JsonGenerator g;

  JsonDetailWriter(OutputStream out, ResultHeader header) {
    this.out = out;
    this.header = header;
  }

  @Override public void start() throws IOException {
    g = JsonValues.generator(out);
    g.writeStartObject();
    g.writeStringField("id", header.queryId());
    g.writeStringField("ran_at", header.ranAt().toString());
    g.writeBooleanField("from_cache", false);
    g.writeStringField("result_source", "query");
    g.writeBooleanField("has_totals", false);
    g.writeBooleanField("has_row_totals", false);
    g.writeStringField("null_sort_treatment", "low");
    g.writeBooleanField("supports_pivot_in_db", false);
    g.writeBooleanField("expired", false);
    g.writeStringField("timezone", header.timeZone());
    g.writeObjectFieldStart("explore");
    g.writeStringField("name", header.explore());
    g.writeStringField("label", header.exploreLabel());
    g.writeStringField("description", header.exploreDescription());
    g.writeEndObject();
    g.writeObjectFieldStart("applied_filters");
    for (var e : header.filters().entrySet()) {
      g.writeObjectFieldStart(e.getKey());
      g.writeStringField("value", e.getValue());
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeStringField("applied_filter_expression", header.filterExpression());
    g.writeStringField("sql", header.sql());
    g.writeObjectFieldStart("fields");
    writeFields("dimensions", "dimension");
    writeFields("measures", "measure");
    g.writeArrayFieldStart("filters");
    g.writeEndArray();
    g.writeArrayFieldStart("parameters");
    g.writeEndArray();
    g.writeArrayFieldStart("table_calculations");
    g.writeEndArray();
    g.writeArrayFieldStart("pivots");
    g.writeEndArray();
    g.writeEndObject();
    g.writeArrayFieldStart("fill_fields");
    g.writeEndArray();
    g.writeArrayFieldStart("pivots");
    g.writeEndArray();
    g.writeArrayFieldStart("data");
  }

  private void writeFields(String name, String category) throws IOException {
    g.writeArrayFieldStart(name);
    for (ObjectNode field : header.fieldMetadata()) {
      if (category.equals(field.path("category").asText().toLowerCase(Locale.ROOT))) {
        g.writeTree(field);
      }
    }
    g.writeEndArray();
  }

  @Override public void row(Object[] values) throws IOException {
    JsonValues.writeCellRow(g, header, values);
  }

  @Override public void finish(double runtimeSeconds) throws IOException {
    g.writeEndArray();
    g.writeStringField("runtime", String.format(Locale.ROOT, "%.3f", runtimeSeconds));
    g.writeEndObject();
    g.flush();
  }
}
