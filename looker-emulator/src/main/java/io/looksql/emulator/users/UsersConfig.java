package io.looksql.emulator.users;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The emulator's users, roles and user attributes: {@link #sample()} by default, or a users file
 * ({@link #read(Path)}).
 *
 * @param userAttributes the attributes defined besides Looker's system attributes
 *     ({@link SystemAttributes})
 * @param roles the roles
 * @param users the users
 */
public record UsersConfig(List<UserAttribute> userAttributes, List<Role> roles,
    List<UserAccount> users) {

  /**
   * Creates a UsersConfig after checking it is consistent.
   *
   * @throws IllegalArgumentException on duplicate ids, emails or client ids, a user's unknown
   *     role, or a value of an undefined attribute
   */
  public UsersConfig {
    userAttributes = userAttributes == null ? List.of() : List.copyOf(userAttributes);
    roles = roles == null ? List.of() : List.copyOf(roles);
    users = users == null ? List.of() : List.copyOf(users);
    validate(userAttributes, roles, users);
  }

  /** Returns the built-in users of the sample project (see {@link SampleUsers}). */
  public static UsersConfig sample() {
    return SampleUsers.config();
  }

  /**
   * Reads a users file (JSON, see {@link UsersFile}).
   *
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if it is not a valid users file
   */
  public static UsersConfig read(Path file) throws IOException {
    return UsersFile.read(file);
  }

  /** Returns the user with the id, or null. */
  public UserAccount user(String id) {
    for (UserAccount u : users) {
      if (u.id().equals(id)) {
        return u;
      }
    }
    return null;
  }

  /** Returns the role with the id, or null. */
  public Role role(String id) {
    for (Role r : roles) {
      if (r.id().equals(id)) {
        return r;
      }
    }
    return null;
  }

  /** Returns every attribute: the system ones first, then those defined here. */
  public List<UserAttribute> allAttributes() {
    List<UserAttribute> all = new ArrayList<>(SystemAttributes.ALL);
    all.addAll(userAttributes);
    return all;
  }

  /**
   * Returns a user's attribute values: system attributes from the user record, others the user's
   * own value or else the attribute's default; attributes without a value are absent.
   */
  public Map<String, String> attributeValues(UserAccount user) {
    Map<String, String> values = new LinkedHashMap<>(SystemAttributes.values(user));
    for (UserAttribute a : userAttributes) {
      String value = user.userAttributes().getOrDefault(a.name(), a.defaultValue());
      if (value != null) {
        values.put(a.name(), value);
      }
    }
    return values;
  }

  private static void validate(List<UserAttribute> attributes, List<Role> roles,
      List<UserAccount> users) {
    Set<String> attributeNames = new HashSet<>();
    SystemAttributes.ALL.forEach(a -> attributeNames.add(a.name()));
    for (UserAttribute a : attributes) {
      require(attributeNames.add(a.name()), "duplicate user attribute '" + a.name() + "'");
    }
    Set<String> roleIds = new HashSet<>();
    for (Role r : roles) {
      require(roleIds.add(r.id()), "duplicate role id '" + r.id() + "'");
    }
    Set<String> userIds = new HashSet<>();
    Set<String> emails = new HashSet<>();
    Set<String> clientIds = new HashSet<>();
    for (UserAccount u : users) {
      require(userIds.add(u.id()), "duplicate user id '" + u.id() + "'");
      require(u.email() == null || emails.add(u.email().toLowerCase(java.util.Locale.ROOT)),
          "duplicate email '" + u.email() + "'");
      for (String role : u.roleIds()) {
        require(roleIds.contains(role), "user '" + u.id() + "' has unknown role '" + role + "'");
      }
      for (ApiCredentials c : u.credentialsApi3()) {
        require(clientIds.add(c.clientId()), "duplicate client_id '" + c.clientId() + "'");
      }
      for (String name : u.userAttributes().keySet()) {
        require(attributeNames.contains(name) && !SystemAttributes.isSystem(name),
            "user '" + u.id() + "' has a value for undefined user attribute '" + name + "'");
      }
    }
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
