package io.looksql.emulator.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.looksql.emulator.lookml.AccessFilter;
import io.looksql.emulator.lookml.Explore;
import java.util.Map;

/**
 * The explore metadata that tells clients which filters a query gets anyway:
 * {@code access_filters}, {@code access_filter_fields}, {@code always_filter} and
 * {@code conditionally_filter}, field names qualified as queries name them.
 */
final class ExploreFilterMetadata {
  private ExploreFilterMetadata() {
  }

  /** Adds the four properties to an OpenAPI {@code LookmlModelExplore}. */
  static void put(ObjectNode explore, Explore e) {
    ArrayNode fields = explore.putArray("access_filter_fields");
    ArrayNode access = explore.putArray("access_filters");
    for (AccessFilter f : e.accessFilters()) {
      String field = qualify(e, f.field());
      fields.add(field);
      ObjectNode n = access.addObject();
      n.put("field", field);
      n.put("user_attribute", f.userAttribute());
    }
    nameValues(explore.putArray("always_filter"), e, e.alwaysFilter());
    nameValues(explore.putArray("conditionally_filter"), e, e.conditionallyFilter().filters());
  }

  private static void nameValues(ArrayNode array, Explore e, Map<String, String> filters) {
    filters.forEach((name, value) -> {
      ObjectNode n = array.addObject();
      n.put("name", qualify(e, name));
      n.put("value", value);
    });
  }

  private static String qualify(Explore e, String name) {
    return name.contains(".") ? name : e.alias() + "." + name;
  }
}
