package io.looksql.client;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Decodes one {@code json_bi} row object, {@code {"field": {"value": v}, ...}}, with the streaming parser. */
final class RowReader {
  private RowReader() {
  }

  /** Reads the row whose {@code START_OBJECT} is the current token; keys not in {@code columns} are skipped. */
  static Row read(JsonParser p, Columns columns) throws IOException {
    Object[] values = new Object[columns.size()];
    int position = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      int i = columns.indexOf(p.currentName(), position);
      p.nextToken();
      if (i < 0) {
        p.skipChildren();
        continue;
      }
      values[i] = cell(p);
      position = i + 1;
    }
    QueryRows.expect(p.currentToken(), JsonToken.END_OBJECT, "the end of a row");
    return new Row(columns, values);
  }

  /**
   * Reads a cell at the current token: {@code {"value": v, ...}} gives v (other keys such as
   * {@code rendered} are skipped); a bare value is taken as is, as the {@code json} format sends it.
   */
  static Object cell(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      return value(p);
    }
    Object v = null;
    boolean plain = false;
    Map<String, Object> other = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      p.nextToken();
      if (key.equals("value")) {
        v = value(p);
        plain = true;
      } else if (key.equals("rendered") || key.equals("links") || key.equals("filterable_value")
          || key.equals("sort_value")) {
        p.skipChildren();
      } else {
        // A pivoted measure: pivot key to cell.
        if (other == null) {
          other = new LinkedHashMap<>();
        }
        other.put(key, cell(p));
      }
    }
    return plain || other == null ? v : other;
  }

  /** Reads a JSON value at the current token as the Java value {@link Row} documents. */
  static Object value(JsonParser p) throws IOException {
    switch (p.currentToken()) {
    case VALUE_STRING:
      return p.getText();
    case VALUE_NUMBER_INT:
      return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
          ? p.getBigIntegerValue() : (Object) p.getLongValue();
    case VALUE_NUMBER_FLOAT:
      return p.getDoubleValue();
    case VALUE_TRUE:
      return Boolean.TRUE;
    case VALUE_FALSE:
      return Boolean.FALSE;
    case VALUE_NULL:
      return null;
    case START_ARRAY:
      List<Object> list = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        list.add(value(p));
      }
      return list;
    case START_OBJECT:
      Map<String, Object> map = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        p.nextToken();
        map.put(key, value(p));
      }
      return map;
    default:
      throw new IOException("Unexpected " + p.currentToken() + " in a row");
    }
  }
}
