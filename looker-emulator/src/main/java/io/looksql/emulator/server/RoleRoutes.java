package io.looksql.emulator.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.looksql.emulator.users.ModelSet;
import io.looksql.emulator.users.PermissionSet;
import io.looksql.emulator.users.Permissions;
import io.looksql.emulator.users.Role;
import java.util.List;

/** {@code GET /roles}: OpenAPI {@code Role}s with their permission and model sets. */
final class RoleRoutes {
  private final Users users;
  private final String apiUrl;

  RoleRoutes(Users users, String baseUrl) {
    this.users = users;
    this.apiUrl = baseUrl + ApiServer.API_PREFIX;
  }

  void register(Router router) {
    router.add("GET", ApiServer.API_PREFIX + "/roles", this::all);
  }

  private void all(ApiRequest request) throws Exception {
    // Looker answers 404 rather than 403 where a permission is missing, and the spec agrees here.
    if (!request.user().access().has(Permissions.SEE_ROLES)) {
      throw ApiException.notFound();
    }
    String ids = request.query("ids");
    List<String> wanted = ids == null || ids.isBlank() ? null : List.of(ids.split("\\s*,\\s*"));
    ArrayNode body = Json.array();
    for (Role role : users.config().roles()) {
      if (wanted == null || wanted.contains(role.id())) {
        body.add(role(role));
      }
    }
    request.sendJson(200, body);
  }

  private ObjectNode role(Role role) {
    ObjectNode n = Json.object();
    n.set("can", Json.can("show", "index", "update"));
    n.put("id", role.id());
    n.put("name", role.name());
    n.set("permission_set", permissionSet(role.permissionSet()));
    n.put("permission_set_id", role.permissionSet().id());
    n.set("model_set", modelSet(role.modelSet()));
    n.put("model_set_id", role.modelSet().id());
    n.put("internal", false);
    n.put("url", apiUrl + "/roles/" + role.id());
    n.put("users_url", apiUrl + "/roles/" + role.id() + "/users");
    return n;
  }

  private ObjectNode permissionSet(PermissionSet set) {
    ObjectNode n = Json.object();
    n.set("can", Json.can("show", "index"));
    n.put("all_access", set.allAccess());
    n.put("built_in", set.allAccess());
    n.put("id", set.id());
    n.put("name", set.name());
    n.set("permissions", Json.strings(set.permissions()));
    n.put("url", apiUrl + "/permission_sets/" + set.id());
    return n;
  }

  private ObjectNode modelSet(ModelSet set) {
    ObjectNode n = Json.object();
    n.set("can", Json.can("show", "index"));
    n.put("all_access", set.allAccess());
    n.put("built_in", set.allAccess());
    n.put("id", set.id());
    n.set("models", Json.strings(set.models()));
    n.put("name", set.name());
    n.put("url", apiUrl + "/model_sets/" + set.id());
    return n;
  }
}
