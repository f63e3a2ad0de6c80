package io.looksql.client;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.looksql.client.model.JsonBiField;
import io.looksql.client.model.JsonBiMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The rows of a {@code json_bi} result, parsed one at a time from the HTTP response as it arrives;
 * the whole body is never held in memory.
 *
 * <p>Close it when done ({@code try}-with-resources): closing before the end closes the HTTP
 * stream, so the server stops sending. A stream that breaks off throws
 * {@link LookerApiException} (status 0) from {@link #hasNext()}. Not thread-safe.
 */
public final class QueryRows implements Iterator<Row>, AutoCloseable {
  private final ApiCall call;
  private final InputStream in;
  private final JsonParser parser;
  private final JsonBiMetadata metadata;
  private Columns columns;
  private Row next;
  private boolean done;
  private long count;

  private QueryRows(ApiCall call, InputStream in, JsonParser parser, JsonBiMetadata metadata,
      Columns columns) {
    this.call = call;
    this.in = in;
    this.parser = parser;
    this.metadata = metadata;
    this.columns = columns;
  }

  /**
   * Reads a {@code json_bi} body up to its first row and returns its rows; the stream is closed
   * if that fails.
   */
  static QueryRows open(ApiCall call, InputStream in) throws IOException {
    JsonParser p = null;
    try {
      p = JsonCodec.INSTANCE.factory().createParser(in);
      expect(p.nextToken(), JsonToken.START_OBJECT, "the start of a json_bi object");
      JsonBiMetadata metadata = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals("metadata")) {
          metadata = JsonCodec.INSTANCE.read(p, JsonBiMetadata.class);
        } else if (name.equals("rows")) {
          expect(value, JsonToken.START_ARRAY, "the rows array");
          // Without metadata first, the first row's keys name the columns (see advance()).
          Columns columns = metadata == null ? null : new Columns(names(metadata));
          return new QueryRows(call, in, p, metadata, columns);
        } else {
          p.skipChildren();
        }
      }
      throw new IOException("json_bi result has no rows array");
    } catch (IOException | RuntimeException e) {
      if (p != null) {
        p.close();
      }
      in.close();
      throw e;
    }
  }

  private static List<String> names(JsonBiMetadata metadata) {
    List<String> names = new ArrayList<>();
    for (JsonBiField f : metadata.fields().all()) {
      names.add(f.name());
    }
    return names;
  }

  /** Returns the result's metadata (fields, SQL, filters), or null if the server sent none. */
  public JsonBiMetadata metadata() {
    return metadata;
  }

  /** Returns the column names ({@code view.field}) in the order of each row's values. */
  public List<String> fieldNames() {
    if (columns == null) {
      hasNext();
    }
    return columns == null ? List.of() : columns.names();
  }

  /** Returns how many rows have been read so far. */
  public long rowCount() {
    return count;
  }

  /** Returns whether another row follows, reading it from the stream if need be. */
  @Override public boolean hasNext() {
    if (next == null && !done) {
      advance();
    }
    return next != null;
  }

  /** Returns the next row. */
  @Override public Row next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Row r = next;
    next = null;
    count++;
    return r;
  }

  /** Closes the HTTP stream; further calls to {@link #hasNext()} return false. */
  @Override public void close() {
    done = true;
    next = null;
    try {
      parser.close();
      in.close();
    } catch (IOException e) {
      // ignore: the response is being abandoned, nothing more will be read from it
    }
  }

  private void advance() {
    try {
      JsonToken t = parser.nextToken();
      if (t == JsonToken.END_ARRAY) {
        finish();
        return;
      }
      expect(t, JsonToken.START_OBJECT, "a row object");
      next = columns == null ? firstRowWithoutMetadata() : RowReader.read(parser, columns);
    } catch (IOException e) {
      close();
      if (call.aborted()) {
        throw AbortSignal.failure(call, e);
      }
      throw new LookerApiException(call.method(), call.path(), 0,
          "result stream failed after " + count + " rows: " + e.getMessage(), null, null, e);
    }
  }

  /** Reads the rest of the body, which must be well-formed, then closes the stream. */
  private void finish() throws IOException {
    while (parser.nextToken() != null) {
      parser.skipChildren();
    }
    close();
  }

  private Row firstRowWithoutMetadata() throws IOException {
    List<String> names = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      names.add(parser.currentName());
      parser.nextToken();
      values.add(RowReader.cell(parser));
    }
    columns = new Columns(names);
    return new Row(columns, values.toArray());
  }

  static void expect(JsonToken actual, JsonToken expected, String what) throws IOException {
    if (actual != expected) {
      throw new IOException("Expected " + what + " but got " + actual);
    }
  }

  /** Returns the rows still to come as an iterable, for {@code for} loops. */
  public Iterable<Row> rows() {
    return () -> this;
  }
}
