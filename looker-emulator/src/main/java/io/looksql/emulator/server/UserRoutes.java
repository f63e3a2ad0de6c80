package io.looksql.emulator.server;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code GET /user}: the caller's {@code User} record. */
final class UserRoutes {
  /** When the built-in credentials were "created", fixed so responses are reproducible. */
  private static final String CREATED_AT = "2024-01-01T00:00:00.000+00:00";

  private final String baseUrl;

  UserRoutes(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  void register(Router router) {
    router.add("GET", ApiServer.API_PREFIX + "/user", r -> r.sendJson(200, user(r.user())));
  }

  /** Returns the OpenAPI {@code User} of a user, as its owner (an admin) sees it. */
  ObjectNode user(ApiUser u) {
    ObjectNode body = Json.object();
    body.set("can", Json.can("show", "index", "show_details", "index_details", "sudo"));
    body.putNull("avatar_url");
    body.putNull("avatar_url_without_sizing");
    ObjectNode api3 = Json.object();
    api3.set("can", Json.can("show", "index"));
    api3.put("id", u.id());
    api3.put("client_id", u.clientId());
    api3.put("created_at", CREATED_AT);
    api3.put("is_disabled", false);
    api3.put("type", "api3");
    api3.putNull("purpose");
    api3.put("url", userUrl(u) + "/credentials_api3/" + u.id());
    body.putArray("credentials_api3").add(api3);
    ObjectNode email = Json.object();
    email.set("can", Json.can("show"));
    email.put("created_at", CREATED_AT);
    email.put("email", u.email());
    email.put("forced_password_reset_at_next_login", false);
    email.put("user_id", u.id());
    email.put("is_disabled", false);
    email.putNull("logged_in_at");
    email.put("password_reset_url_expired", false);
    email.put("account_setup_url_expired", false);
    email.put("type", "email");
    email.put("url", userUrl(u) + "/credentials_email");
    email.put("user_url", userUrl(u));
    body.set("credentials_email", email);
    body.putArray("credentials_embed");
    body.put("display_name", u.displayName());
    body.put("email", u.email());
    body.put("first_name", u.firstName());
    body.putArray("group_ids");
    body.putNull("home_folder_id");
    body.put("id", u.id());
    body.put("is_disabled", false);
    body.put("last_name", u.lastName());
    body.put("locale", "en");
    body.putArray("looker_versions");
    body.putNull("personal_folder_id");
    body.put("presumed_looker_employee", false);
    body.set("role_ids", Json.strings(u.roleIds()));
    body.putArray("sessions");
    body.putNull("ui_state");
    body.put("verified_looker_employee", false);
    body.put("roles_externally_managed", false);
    body.put("allow_direct_roles", true);
    body.put("allow_normal_group_membership", true);
    body.put("allow_roles_from_normal_groups", true);
    body.put("is_iam_admin", false);
    body.put("can_manage_api3_creds", true);
    body.put("is_service_account", false);
    body.putNull("service_account_name");
    body.put("url", userUrl(u));
    return body;
  }

  private String userUrl(ApiUser u) {
    return baseUrl + ApiServer.API_PREFIX + "/users/" + u.id();
  }
}
