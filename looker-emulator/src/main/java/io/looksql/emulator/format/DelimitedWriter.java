package io.looksql.emulator.format;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * The {@code csv} and {@code txt} formats: a header line of field labels, then one line per row;
 * lines end with {@code \n}.
 */
final class DelimitedWriter implements ResultWriter {
  /** How values are separated and protected. */
  enum Style {
    /** Comma separated, quoted as RFC 4180 says when a value needs it. */
    CSV,
    /** Tab separated; tabs and line breaks inside values become spaces. */
    TXT
  }

  private final Writer out;
  private final ResultHeader header;
  private final Style style;

  DelimitedWriter(OutputStream out, ResultHeader header, Style style) {
    this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    this.header = header;
    this.style = style;
  }

  @Override public void start() throws IOException {
    Object[] labels = new Object[header.fields().size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = header.fieldMetadata().get(i).path("label").asText(header.fields().get(i).name());
    }
    row(labels);
  }

  @Override public void row(Object[] values) throws IOException {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        out.write(style == Style.CSV ? ',' : '\t');
      }
      out.write(escape(text(values[i])));
    }
    out.write('\n');
  }

  @Override public void finish(double runtimeSeconds) throws IOException {
    out.flush();
  }

  private static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double) {
      // Plain notation, and no ".0" on whole numbers: 1.5E7 is written 15000000.
      return BigDecimal.valueOf((Double) value).stripTrailingZeros().toPlainString();
    }
    if (value instanceof BigDecimal) {
      return ((BigDecimal) value).toPlainString();
    }
    return value.toString();
  }

  private String escape(String s) {
    if (style == Style.TXT) {
      return s.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
    }
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
