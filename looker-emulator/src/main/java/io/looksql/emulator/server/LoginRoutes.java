package io.looksql.emulator.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * {@code POST /login}, {@code POST /login/{user_id}} (sudo), {@code GET /session} and
 * {@code DELETE /logout}.
 */
final class LoginRoutes {
  private final Users users;
  private final Tokens tokens;

  LoginRoutes(Users users, Tokens tokens) {
    this.users = users;
    this.tokens = tokens;
  }

  void register(Router router) {
    router.addPublic("POST", ApiServer.API_PREFIX + "/login", this::login);
    router.add("POST", ApiServer.API_PREFIX + "/login/{user_id}", this::loginUser);
    router.add("GET", ApiServer.API_PREFIX + "/session", this::session);
    router.add("DELETE", ApiServer.API_PREFIX + "/logout", this::logout);
    // The Python SDK logs out on the unversioned path.
    router.add("DELETE", "/api/logout", this::logout);
  }

  private void login(ApiRequest request) throws Exception {
    // Credentials come as a form body or, as Looker still allows, as query parameters.
    Map<String, String> form =
        ApiRequest.parseForm(new String(request.body(), StandardCharsets.UTF_8));
    String clientId = form.getOrDefault("client_id", request.query("client_id"));
    String clientSecret = form.getOrDefault("client_secret", request.query("client_secret"));
    ApiUser user = users.authenticate(clientId, clientSecret);
    if (user == null) {
      throw ApiException.notFound();
    }
    request.sendJson(200, accessToken(tokens.issue(user)));
  }

  /**
   * Sudo: a new token acting as the target user. Only admins (the {@code sudo} permission) may;
   * {@code associative}, which only changed how Looker attributed API activity, is ignored.
   */
  private void loginUser(ApiRequest request) throws Exception {
    if (!request.user().canSudo()) {
      throw ApiException.of(403, "Permission denied: only admins can log in as another user.");
    }
    ApiUser target = users.byId(request.path("user_id"));
    if (target == null) {
      throw ApiException.notFound();
    }
    if (target.account().isDisabled()) {
      throw ApiException.of(403, "User " + target.id() + " is disabled and cannot be logged in as.");
    }
    // A sudo token obtained with a sudo token still belongs to the admin who started the chain.
    ApiUser admin = request.sudoUser() != null ? request.sudoUser() : request.user();
    request.sendJson(200, accessToken(tokens.issue(target, admin)));
  }

  /** Returns OpenAPI {@code ApiSession}. */
  private void session(ApiRequest request) throws Exception {
    ObjectNode body = Json.object();
    body.set("can", Json.can("view", "update"));
    body.put("workspace_id", "production");
    body.put("sudo_user_id", request.sudoUser() == null ? null : request.sudoUser().id());
    request.sendJson(200, body);
  }

  private void logout(ApiRequest request) throws Exception {
    tokens.revoke(request.token());
    request.sendNoContent();
  }

  /** Returns OpenAPI {@code AccessToken}. */
  private ObjectNode accessToken(String token) {
    ObjectNode body = Json.object();
    body.put("access_token", token);
    body.put("token_type", "Bearer");
    body.put("expires_in", tokens.ttl().toSeconds());
    body.putNull("refresh_token");
    return body;
  }
}
