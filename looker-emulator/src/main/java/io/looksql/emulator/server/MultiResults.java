package io.looksql.emulator.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes the body of {@code GET /query_tasks/multi_results}: an object keyed by task id whose
 * values are {@code {status, data?}}. Results are copied from where the task keeps them token by
 * token, so several large results never have to be in memory at once.
 *
 * <p>Status {@code complete} carries the result as {@code data} (the JSON value for the JSON
 * formats, a string for the text ones); {@code error} and {@code killed} carry
 * {@code {errors, sql}}; {@code added} and {@code running} carry no data; {@code expired} means
 * the result is no longer kept; {@code missing} means the id is unknown or not the caller's.
 */
final class MultiResults {
  private MultiResults() {
  }

  /**
   * Writes the entries for {@code ids} ({@code tasks.get(i)} is null where missing) and closes
   * {@code out}.
   */
  static void write(OutputStream out, List<String> ids, List<QueryTask> tasks) throws IOException {
    try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out)) {
      g.writeStartObject();
      for (int i = 0; i < ids.size(); i++) {
        g.writeFieldName(ids.get(i));
        entry(g, tasks.get(i));
      }
      g.writeEndObject();
    }
  }

  private static void entry(JsonGenerator g, QueryTask task) throws IOException {
    g.writeStartObject();
    if (task == null) {
      g.writeStringField("status", "missing");
      g.writeEndObject();
      return;
    }
    TaskStatus status = task.status();
    TaskResult result = task.result();
    if (status == TaskStatus.COMPLETE && result == null) {
      g.writeStringField("status", "expired");
    } else {
      g.writeStringField("status", status.apiName());
    }
    if (status == TaskStatus.COMPLETE && result != null) {
      g.writeFieldName("data");
      data(g, task, result);
    } else if (status == TaskStatus.ERROR || status == TaskStatus.KILLED) {
      g.writeFieldName("data");
      g.writeTree(TaskJson.detailError(task));
    }
    g.writeEndObject();
  }

  private static void data(JsonGenerator g, QueryTask task, TaskResult result) throws IOException {
    try (InputStream in = result.open()) {
      if (task.format().contentType().startsWith("application/json")) {
        try (JsonParser p = Json.MAPPER.getFactory().createParser(in)) {
          p.nextToken();
          g.copyCurrentStructure(p);
        }
      } else {
        Reader text = new InputStreamReader(in, StandardCharsets.UTF_8);
        g.writeString(text, -1);
      }
    }
  }
}
