package io.looksql.emulator.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;

/** The server's one ObjectMapper, and shortcuts for building response trees. */
final class Json {
  /** Maps request bodies and response trees; map keys are sorted so equal queries compare equal. */
  static final ObjectMapper MAPPER = new ObjectMapper()
      .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  private Json() {
  }

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  /** Returns an array of the given strings. */
  static ArrayNode strings(Collection<String> values) {
    ArrayNode a = array();
    values.forEach(a::add);
    return a;
  }

  /** Returns Looker's {@code can} object granting the given permissions. */
  static ObjectNode can(String... permissions) {
    ObjectNode can = object();
    for (String p : permissions) {
      can.put(p, true);
    }
    return can;
  }
}
