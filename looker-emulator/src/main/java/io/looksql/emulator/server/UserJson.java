package io.looksql.emulator.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.looksql.emulator.users.ApiCredentials;
import io.looksql.emulator.users.UserAccount;
import java.util.List;

/** Maps users to OpenAPI {@code User}: the full record, or the public subset others see. */
final class UserJson {
  /** When the credentials were "created", fixed so responses are reproducible. */
  private static final String CREATED_AT = "2024-01-01T00:00:00.000+00:00";

  private final String baseUrl;

  UserJson(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** Returns the {@code User} as the user or an admin sees it. */
  ObjectNode full(UserAccount u) {
    ObjectNode body = publicView(u);
    body.set("can", Json.can("show", "index", "show_details", "index_details", "sudo"));
    ArrayNode api3 = body.putArray("credentials_api3");
    List<ApiCredentials> keys = u.credentialsApi3();
    for (int i = 0; i < keys.size(); i++) {
      String id = credentialId(u, i);
      ObjectNode c = api3.addObject();
      c.set("can", Json.can("show", "index"));
      c.put("id", id);
      c.put("client_id", keys.get(i).clientId());
      c.put("created_at", CREATED_AT);
      c.put("is_disabled", false);
      c.put("type", "api3");
      c.putNull("purpose");
      c.put("url", url(u) + "/credentials_api3/" + id);
    }
    ObjectNode email = Json.object();
    email.set("can", Json.can("show"));
    email.put("created_at", CREATED_AT);
    email.put("email", u.email());
    email.put("forced_password_reset_at_next_login", false);
    email.put("user_id", u.id());
    email.put("is_disabled", u.isDisabled());
    email.putNull("logged_in_at");
    email.put("password_reset_url_expired", false);
    email.put("account_setup_url_expired", false);
    email.put("type", "email");
    email.put("url", url(u) + "/credentials_email");
    email.put("user_url", url(u));
    body.set("credentials_email", u.email() == null ? null : email);
    body.putArray("credentials_embed");
    body.put("email", u.email());
    body.putArray("group_ids");
    body.putNull("home_folder_id");
    body.put("is_disabled", u.isDisabled());
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
    return body;
  }

  /** Returns the public subset of a {@code User}, what users without {@code see_users} get of others. */
  ObjectNode publicView(UserAccount u) {
    ObjectNode body = Json.object();
    body.set("can", Json.can("show", "index"));
    body.putNull("avatar_url");
    body.putNull("avatar_url_without_sizing");
    body.put("display_name", u.displayName());
    body.put("first_name", u.firstName());
    body.put("id", u.id());
    body.put("last_name", u.lastName());
    body.put("url", url(u));
    return body;
  }

  /** Returns the id of a user's i-th API3 key: the user id for the first, as in Looker's demo data. */
  static String credentialId(UserAccount u, int index) {
    return index == 0 ? u.id() : u.id() + "-" + (index + 1);
  }

  private String url(UserAccount u) {
    return baseUrl + ApiServer.API_PREFIX + "/users/" + u.id();
  }
}
