package io.looksql.emulator.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** {@code POST /login} and {@code DELETE /logout}. */
final class LoginRoutes {
  private final Users users;
  private final Tokens tokens;

  LoginRoutes(Users users, Tokens tokens) {
    this.users = users;
    this.tokens = tokens;
  }

  void register(Router router) {
    router.addPublic("POST", ApiServer.API_PREFIX + "/login", this::login);
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
    ObjectNode body = Json.object();
    body.put("access_token", tokens.issue(user));
    body.put("token_type", "Bearer");
    body.put("expires_in", tokens.ttl().toSeconds());
    body.putNull("refresh_token");
    request.sendJson(200, body);
  }

  private void logout(ApiRequest request) throws Exception {
    tokens.revoke(request.token());
    request.sendNoContent();
  }
}
