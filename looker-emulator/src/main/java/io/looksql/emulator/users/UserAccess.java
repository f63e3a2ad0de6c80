package io.looksql.emulator.users;

import java.util.ArrayList;
import java.util.List;

/**
 * What one user may do, from their roles. As in Looker, a permission holds on the models of the
 * model set of a role that grants it; permissions not about models (sudo, see_users) hold when
 * any role grants them.
 */
public final class UserAccess {
  private final List<Role> roles;

  private UserAccess(List<Role> roles) {
    this.roles = List.copyOf(roles);
  }

  /** Returns the access of a user of the config. */
  public static UserAccess of(UsersConfig config, UserAccount user) {
    List<Role> roles = new ArrayList<>();
    for (String id : user.roleIds()) {
      Role role = config.role(id);
      if (role != null) {
        roles.add(role);
      }
    }
    return new UserAccess(roles);
  }

  /** Returns whether a role grants the permission. */
  public boolean has(String permission) {
    return roles.stream().anyMatch(r -> r.permissionSet().grants(permission));
  }

  /** Returns whether a role grants the permission on the model. */
  public boolean has(String permission, String model) {
    return roles.stream()
        .anyMatch(r -> r.permissionSet().grants(permission) && r.modelSet().contains(model));
  }

  /** Returns whether the user sees the model: {@code access_data} on it. */
  public boolean canSeeModel(String model) {
    return has(Permissions.ACCESS_DATA, model);
  }

  /** Returns whether the user is an admin (a role with all access or {@code administer}). */
  public boolean isAdmin() {
    return roles.stream().anyMatch(r -> r.permissionSet().isAdmin());
  }
}
