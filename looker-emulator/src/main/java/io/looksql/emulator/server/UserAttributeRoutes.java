package io.looksql.emulator.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.looksql.emulator.users.Permissions;
import io.looksql.emulator.users.SystemAttributes;
import io.looksql.emulator.users.UserAttribute;
import java.util.List;

/** {@code GET /user_attributes} and {@code GET /users/{user_id}/attribute_values}. */
final class UserAttributeRoutes {
  private final Users users;

  UserAttributeRoutes(Users users) {
    this.users = users;
  }

  void register(Router router) {
    router.add("GET", ApiServer.API_PREFIX + "/user_attributes", this::all);
    router.add("GET", ApiServer.API_PREFIX + "/users/{user_id}/attribute_values", this::values);
  }

  private void all(ApiRequest request) throws Exception {
    // 404, not 403, for a missing permission: Looker's habit, and all the spec lists here.
    if (!privileged(request)) {
      throw ApiException.notFound();
    }
    ArrayNode body = Json.array();
    List<UserAttribute> attributes = users.config().allAttributes();
    for (int i = 0; i < attributes.size(); i++) {
      UserAttribute a = attributes.get(i);
      boolean system = SystemAttributes.isSystem(a.name());
      ObjectNode n = body.addObject();
      n.set("can", Json.can("show", "index"));
      n.put("id", String.valueOf(i + 1));
      n.put("name", a.name());
      n.put("label", a.label());
      n.put("type", a.type());
      n.put("default_value", a.valueIsHidden() ? null : a.defaultValue());
      n.put("is_system", system);
      n.put("is_permanent", system);
      n.put("value_is_hidden", a.valueIsHidden());
      n.put("user_can_view", a.userCanView());
      n.put("user_can_edit", a.userCanEdit());
      n.putNull("hidden_value_domain_whitelist");
    }
    request.sendJson(200, body);
  }

  /**
   * The user's values, to the user (attributes they may view) or to a caller with
   * {@code see_user_attributes}; {@code user_attribute_ids} narrows, {@code include_unset} adds
   * attributes without a value.
   */
  private void values(ApiRequest request) throws Exception {
    ApiUser target = users.byId(request.path("user_id"));
    boolean privileged = privileged(request);
    if (target == null || (!privileged && !target.id().equals(request.user().id()))) {
      throw ApiException.notFound();
    }
    String ids = request.query("user_attribute_ids");
    List<String> wanted = ids == null || ids.isBlank() ? null : List.of(ids.split("\\s*,\\s*"));
    boolean includeUnset = request.queryFlag("include_unset", false);
    ArrayNode body = Json.array();
    List<UserAttribute> attributes = users.config().allAttributes();
    for (int i = 0; i < attributes.size(); i++) {
      UserAttribute a = attributes.get(i);
      String id = String.valueOf(i + 1);
      String value = target.attributes().get(a.name());
      if ((wanted != null && !wanted.contains(id)) || (!privileged && !a.userCanView())
          || (value == null && !includeUnset)) {
        continue;
      }
      ObjectNode n = body.addObject();
      n.set("can", Json.can("show", "index"));
      n.put("name", a.name());
      n.put("label", a.label());
      n.putNull("rank");
      n.put("value", a.valueIsHidden() ? null : value);
      n.put("user_id", target.id());
      n.put("user_can_edit", a.userCanEdit());
      n.put("value_is_hidden", a.valueIsHidden());
      n.put("user_attribute_id", id);
      n.put("source", source(a, target, value));
      n.putNull("hidden_value_domain_whitelist");
    }
    request.sendJson(200, body);
  }

  private static String source(UserAttribute a, ApiUser user, String value) {
    if (value == null) {
      return null;
    }
    if (SystemAttributes.isSystem(a.name())) {
      return "system";
    }
    return user.account().userAttributes().containsKey(a.name()) ? "user" : "default";
  }

  private static boolean privileged(ApiRequest request) {
    return request.user().access().has(Permissions.SEE_USER_ATTRIBUTES);
  }
}
