package io.looksql.emulator.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.looksql.emulator.users.ApiCredentials;
import io.looksql.emulator.users.Permissions;
import io.looksql.emulator.users.UserAccount;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /user}, {@code /users/{user_id}}, {@code /users/search} and
 * {@code /users/credential/{credential_type}/{credential_id}}.
 */
final class UserRoutes {
  private final Users users;
  private final UserJson json;

  UserRoutes(Users users, String baseUrl) {
    this.users = users;
    this.json = new UserJson(baseUrl);
  }

  void register(Router router) {
    String prefix = ApiServer.API_PREFIX;
    router.add("GET", prefix + "/user", r -> r.sendJson(200, json.full(r.user().account())));
    // Before /users/{user_id}: the router takes the first route that matches.
    router.add("GET", prefix + "/users/search", this::search);
    router.add("GET", prefix + "/users/credential/{credential_type}/{credential_id}",
        this::byCredential);
    router.add("GET", prefix + "/users/{user_id}", this::one);
  }

  private void one(ApiRequest request) throws Exception {
    ApiUser target = users.byId(request.path("user_id"));
    if (target == null) {
      throw ApiException.notFound();
    }
    boolean full = target.id().equals(request.user().id()) || seesUsers(request);
    request.sendJson(200, full ? json.full(target.account()) : json.publicView(target.account()));
  }

  private void search(ApiRequest request) throws Exception {
    boolean privileged = seesUsers(request);
    List<UserAccount> accounts = new ArrayList<>();
    users.all().forEach(u -> accounts.add(u.account()));
    ArrayNode body = Json.array();
    for (UserAccount u : UserSearch.run(request, accounts, privileged)) {
      body.add(privileged || u.id().equals(request.user().id()) ? json.full(u) : json.publicView(u));
    }
    request.sendJson(200, body);
  }

  /** Looks a user up by {@code email} (case-insensitive) or {@code api3} client id. */
  private void byCredential(ApiRequest request) throws Exception {
    if (!seesUsers(request)) {
      throw ApiException.of(403, "Permission denied: looking users up needs the see_users permission.");
    }
    String type = request.path("credential_type").toLowerCase(Locale.ROOT);
    String id = request.path("credential_id");
    for (ApiUser u : users.all()) {
      UserAccount a = u.account();
      boolean match = switch (type) {
        case "email", "looker_openid" -> a.email() != null && a.email().equalsIgnoreCase(id);
        case "api3", "api" -> a.credentialsApi3().stream()
            .map(ApiCredentials::clientId).anyMatch(id::equals);
        default -> false;
      };
      if (match) {
        request.sendJson(200, json.full(a));
        return;
      }
    }
    throw ApiException.notFound();
  }

  private static boolean seesUsers(ApiRequest request) {
    return request.user().access().has(Permissions.SEE_USERS);
  }
}
