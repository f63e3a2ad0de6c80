package io.looksql.emulator.lookml;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a model's {@code access_grant} declarations and checks that every
 * {@code required_access_grants} of its explores and joins names one of them.
 *
 * <p>Fields are not checked: a view can be included by several models, of which only some
 * declare the grants its fields name. In a model that does not declare one, the field is hidden
 * from every user ({@link Model#grants} fails closed), rather than the model failing to load.
 */
final class AccessGrants {
  private AccessGrants() {
  }

  /** Returns the model's access grants by name, in declaration order. */
  static Map<String, AccessGrant> of(Params model, String modelName) {
    Map<String, AccessGrant> grants = new LinkedHashMap<>();
    for (Node node : model.all("access_grant")) {
      Value.Block block = Params.named(node);
      String name = block.name();
      Params p = new Params(block.body(), "access_grant '" + name + "'");
      String attribute = p.string("user_attribute");
      if (attribute == null || attribute.isBlank()) {
        Params.fail(node.position(), "access_grant '" + name + "' needs 'user_attribute'");
      }
      List<String> allowed = p.strings("allowed_values");
      if (allowed.isEmpty()) {
        Params.fail(node.position(), "access_grant '" + name
            + "' needs 'allowed_values: [\"value\", ...]'");
      }
      if (grants.put(name, new AccessGrant(name, attribute, allowed)) != null) {
        Params.fail(node.position(), "duplicate access_grant '" + name + "' in model '"
            + modelName + "'");
      }
    }
    return grants.isEmpty() ? Map.of() : Collections.unmodifiableMap(grants);
  }

  /**
   * Checks the grants the model's explores and their joins require: an undeclared one is an error
   * at the place that names it.
   */
  static void check(Collection<Explore> explores, Map<String, AccessGrant> grants,
      String modelName) {
    for (Explore explore : explores) {
      check(explore.requiredAccessGrants(), grants, explore.position(),
          "explore '" + explore.name() + "'", modelName);
      for (Join join : explore.joins()) {
        check(join.requiredAccessGrants(), grants, join.position(),
            "join '" + join.name() + "'", modelName);
      }
    }
  }

  private static void check(List<String> required, Map<String, AccessGrant> grants,
      SourcePosition position, String what, String modelName) {
    for (String name : required) {
      if (!grants.containsKey(name)) {
        Params.fail(position, what + " requires access_grant '" + name + "', which model '"
            + modelName + "' does not declare");
      }
    }
  }
}
