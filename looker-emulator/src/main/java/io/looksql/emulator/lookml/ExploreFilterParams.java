package io.looksql.emulator.lookml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads an explore's row-level filters: {@code access_filter: { field: ... user_attribute: ... }}
 * (repeatable), {@code always_filter: { filters: [...] }} and
 * {@code conditionally_filter: { filters: [...] unless: [...] }}.
 */
final class ExploreFilterParams {
  private ExploreFilterParams() {
  }

  /** Returns the explore's access filters, in declaration order. */
  static List<AccessFilter> accessFilters(Params explore, String exploreName) {
    List<AccessFilter> filters = new ArrayList<>();
    for (Node node : explore.all("access_filter")) {
      Params p = anonymousBlock(node, "access_filter of explore '" + exploreName + "'");
      filters.add(new AccessFilter(required(p, "field", node), required(p, "user_attribute", node)));
    }
    return List.copyOf(filters);
  }

  /** Returns the explore's {@code always_filter} filters, or an empty map. */
  static Map<String, String> alwaysFilter(Params explore, String exploreName) {
    Node node = explore.single("always_filter");
    if (node == null) {
      return Map.of();
    }
    Params p = anonymousBlock(node, "always_filter of explore '" + exploreName + "'");
    return requireFilters(p, node, "always_filter");
  }

  /** Returns the explore's {@code conditionally_filter}, or {@link ConditionalFilter#NONE}. */
  static ConditionalFilter conditionallyFilter(Params explore, String exploreName) {
    Node node = explore.single("conditionally_filter");
    if (node == null) {
      return ConditionalFilter.NONE;
    }
    Params p = anonymousBlock(node, "conditionally_filter of explore '" + exploreName + "'");
    return new ConditionalFilter(requireFilters(p, node, "conditionally_filter"),
        p.strings("unless"));
  }

  private static Params anonymousBlock(Node node, String owner) {
    if (node.value() instanceof Value.Block block && block.name() == null) {
      return new Params(block.body(), owner);
    }
    return Params.fail(node.value().position(),
        "expected '{' after '" + node.key() + ":', found " + node.value().describe());
  }

  private static Map<String, String> requireFilters(Params p, Node node, String what) {
    Map<String, String> filters = p.pairs("filters");
    if (filters.isEmpty()) {
      Params.fail(node.position(), what + " needs 'filters: [view.field: \"expression\"]'");
    }
    return filters;
  }

  private static String required(Params p, String key, Node node) {
    String value = p.string(key);
    if (value == null || value.isBlank()) {
      Params.fail(node.position(), "access_filter needs '" + key + "'");
    }
    return value;
  }
}
