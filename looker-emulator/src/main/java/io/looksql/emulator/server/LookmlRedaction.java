package io.looksql.emulator.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Removes LookML from explore metadata and from the field lists of {@code json_detail} and
 * {@code json_bi} results for users without {@code see_lookml} on the model: the spec says a
 * field's {@code sql} is then null, and the same goes for joins' {@code sql_on}.
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
        field((ObjectNode) field);
      }
    }
    for (JsonNode join : explore.path("joins")) {
      ((ObjectNode) join).putNull("sql_on");
    }
  }

  /** Nulls the LookML SQL of an OpenAPI {@code LookmlModelExploreField} in place. */
  static void field(ObjectNode field) {
    field.putNull("sql");
    field.putNull("sql_case");
  }
}
