package io.looksql.emulator.server;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for test assertions: quoted fields, doubled quotes, breaks inside quotes. */
final class Csv {
  private Csv() {
  }

  /** Parses records ending with {@code \n} (or {@code \r\n}); fails on malformed quoting. */
  static List<List<String>> parse(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    boolean quoted = false;
    boolean atFieldStart = true;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i += 2;
            continue;
          }
          quoted = false;
          char next = i + 1 < text.length() ? text.charAt(i + 1) : '\n';
          if (next != ',' && next != '\n' && next != '\r') {
            throw new IllegalArgumentException("text after closing quote at " + i);
          }
        } else {
          field.append(c);
        }
        i++;
        continue;
      }
      if (c == '"' && atFieldStart) {
        quoted = true;
        atFieldStart = false;
      } else if (c == '"') {
        throw new IllegalArgumentException("quote inside unquoted field at " + i);
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
        atFieldStart = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
        atFieldStart = true;
      } else {
        field.append(c);
        atFieldStart = false;
      }
      i++;
    }
    if (quoted) {
      throw new IllegalArgumentException("unterminated quote");
    }
    if (!record.isEmpty() || field.length() > 0) {
      record.add(field.toString());
      records.add(record);
    }
    return records;
  }
}
