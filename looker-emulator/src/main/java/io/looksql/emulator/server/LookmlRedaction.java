package io.looksql.emulator.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Removes LookML from explore metadata for users without {@code see_lookml} on the model: the
 * spec says a field's {@code sql} is then null, and the same goes for joins' {@code sql_on}.
 */
final class LookmlRedaction {
  private LookmlRedaction() {
  }

  /** Nulls the LookML SQL of an OpenAPI {@code LookmlModelExplore} in place. */
  static void apply(ObjectNode explore) {
    explore.put("can_see_lookml", false);
    JsonNode fields = explore.path("fields");
    for (String group : new String[] {"dimensions", "measures", "filters", "parameters"}) {
      for (JsonNode field : fields.path(group)) {
        ((ObjectNode) field).putNull("sql");
        ((ObjectNode) field).putNull("sql_case");
      }
    }
    for (JsonNode join : explore.path("joins")) {
      ((ObjectNode) join).putNull("sql_on");
    }
  }
}
