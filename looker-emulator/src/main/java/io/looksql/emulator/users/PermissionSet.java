package io.looksql.emulator.users;

import java.util.List;
import java.util.Objects;

/**
 * A named set of permissions.
 *
 * @param id id (a string, as everywhere in API 4.0)
 * @param name name
 * @param permissions permission names, e.g. {@code access_data}; see {@link Permissions}
 * @param allAccess whether the set grants every permission (Looker's built-in Admin set)
 */
public record PermissionSet(String id, String name, List<String> permissions, boolean allAccess) {
  /** Creates a PermissionSet; a null permission list is empty, a missing id or name is the other. */
  public PermissionSet {
    // A users file may name a set without an id, or the other way round.
    if (id == null) {
      id = Objects.requireNonNull(name, "permission_set needs an id or a name");
    }
    name = name == null ? id : name;
    permissions = permissions == null ? List.of() : List.copyOf(permissions);
  }

  /** Returns whether the set grants a permission: listed, or implied by all access or {@code administer}. */
  public boolean grants(String permission) {
    return allAccess || permissions.contains(permission)
        || permissions.contains(Permissions.ADMINISTER);
  }

  /** Returns whether the set makes its holder an admin. */
  public boolean isAdmin() {
    return allAccess || permissions.contains(Permissions.ADMINISTER);
  }
}
