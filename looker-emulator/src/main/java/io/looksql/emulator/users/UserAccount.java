package io.looksql.emulator.users;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Looker user.
 *
 * @param id id (a string, as everywhere in API 4.0)
 * @param firstName first name
 * @param lastName last name
 * @param email email address, unique among users
 * @param isDisabled whether the user is disabled: cannot log in, nor be logged in as
 * @param roleIds ids of the user's roles
 * @param credentialsApi3 the user's API3 keys; none for users reached only through sudo
 * @param userAttributes the user's own attribute values, by attribute name
 */
public record UserAccount(
    String id,
    String firstName,
    String lastName,
    String email,
    boolean isDisabled,
    List<String> roleIds,
    List<ApiCredentials> credentialsApi3,
    Map<String, String> userAttributes) {

  /** Creates a UserAccount; null lists and maps are empty. */
  public UserAccount {
    Objects.requireNonNull(id, "users.id");
    roleIds = roleIds == null ? List.of() : List.copyOf(roleIds);
    credentialsApi3 = credentialsApi3 == null ? List.of() : List.copyOf(credentialsApi3);
    userAttributes = userAttributes == null ? Map.of() : withoutNulls(userAttributes);
  }

  /** Drops null values: in a users file, {@code "region": null} means no value. */
  private static Map<String, String> withoutNulls(Map<String, String> values) {
    Map<String, String> copy = new LinkedHashMap<>();
    values.forEach((name, value) -> {
      if (value != null) {
        copy.put(name, value);
      }
    });
    return Collections.unmodifiableMap(copy);
  }

  /** Returns the name Looker displays, first and last name. */
  public String displayName() {
    return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
  }
}
