package io.looksql.emulator.format;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;

/** Shared pieces of the JSON formats: the generator and how a cell value is written. */
final class JsonValues {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory FACTORY = MAPPER.getFactory();

  private JsonValues() {
  }

  /**
   * Returns a generator on {@code out} that does not close it; it can also write JSON trees.
   */
  static JsonGenerator generator(OutputStream out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return g;
  }

  /** Writes a value returned by a {@link ColumnReader}. */
  static void write(JsonGenerator g, Object value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else if (value instanceof Long) {
      g.writeNumber((Long) value);
    } else if (value instanceof Double) {
      g.writeNumber((Double) value);
    } else if (value instanceof BigDecimal) {
      g.writeNumber((BigDecimal) value);
    } else {
      g.writeString(value.toString());
    }
  }

  /** Writes {@code "name": {"value": v}}, the cell shape of json_detail and json_bi. */
  static void writeCell(JsonGenerator g, String name, Object value) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeFieldName("value");
    write(g, value);
    g.writeEndObject();
  }

  /** Writes one row of json_detail or json_bi: an object of {@code {"value": v}} cells by field name. */
  static void writeCellRow(JsonGenerator g, ResultHeader header, Object[] values) throws IOException {
    g.writeStartObject();
    for (int i = 0; i < values.length; i++) {
      writeCell(g, header.fields().get(i).name(), values[i]);
    }
    g.writeEndObject();
  }
}
