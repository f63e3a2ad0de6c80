package io.looksql.emulator.format;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;

/** The {@code json} format: an array of row objects keyed by field name. */
final class JsonRowsWriter implements ResultWriter {
  private final OutputStream out;
  private final ResultHeader header;
  private JsonGenerator g;

  JsonRowsWriter(OutputStream out, ResultHeader header) {
    this.out = out;
    this.header = header;
  }

  @Override public void start() throws IOException {
    g = JsonValues.generator(out);
    g.writeStartArray();
  }

  @Override public void row(Object[] values) throws IOException {
    g.writeStartObject();
    for (int i = 0; i < values.length; i++) {
      g.writeFieldName(header.fields().get(i).name());
      JsonValues.write(g, values[i]);
    }
    g.writeEndObject();
  }

  @Override public void finish(double runtimeSeconds) throws IOException {
    g.writeEndArray();
    g.flush();
  }
}
