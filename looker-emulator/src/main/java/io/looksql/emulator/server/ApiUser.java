package io.looksql.emulator.server;

import io.looksql.emulator.lookml.Model;
import io.looksql.emulator.query.QueryContext;
import io.looksql.emulator.users.Permissions;
import io.looksql.emulator.users.UserAccess;
import io.looksql.emulator.users.UserAccount;
import java.util.List;
import java.util.Map;

/**
 * A Looker user as the server acts for them: the account, what their roles allow, and their
 * attribute values.
 *
 * @param account the user record
 * @param access what the user's roles allow
 * @param attributes the user's attribute values (system, own or default), by attribute name
 */
record ApiUser(UserAccount account, UserAccess access, Map<String, String> attributes) {

  /** Returns the user id. */
  String id() {
    return account.id();
  }

  /** Returns the name Looker displays, first and last name. */
  String displayName() {
    return account.displayName();
  }

  /** Returns whether the user is an admin. */
  boolean isAdmin() {
    return access.isAdmin();
  }

  /** Returns whether the user may run {@code login_user} (sudo). */
  boolean canSudo() {
    return access.has(Permissions.SUDO);
  }

  /** Returns whether the user sees (and may query) the model. */
  boolean canSeeModel(String model) {
    return access.canSeeModel(model);
  }

  /** Returns whether the user holds all the model's access grants named (true for none). */
  boolean granted(Model model, List<String> requiredAccessGrants) {
    return queryContext().granted(model, requiredAccessGrants);
  }

  /** Returns who queries run for when this user runs them. */
  QueryContext queryContext() {
    return new QueryContext(attributes, access::canSeeModel);
  }
}
