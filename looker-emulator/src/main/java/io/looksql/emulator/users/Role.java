package io.looksql.emulator.users;

import java.util.Objects;

/**
 * A role: what its holders may do ({@code permission_set}) on which models ({@code model_set}).
 *
 * @param id id
 * @param name name
 * @param permissionSet the permissions granted
 * @param modelSet the models they are granted on
 */
public record Role(String id, String name, PermissionSet permissionSet, ModelSet modelSet) {
  /** Creates a Role. */
  public Role {
    Objects.requireNonNull(id, "role.id");
    Objects.requireNonNull(permissionSet, "role '" + id + "' needs a permission_set");
    Objects.requireNonNull(modelSet, "role '" + id + "' needs a model_set");
  }
}
