package io.looksql.emulator.users;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Looker's system user attributes, whose values come from the user record itself. */
public final class SystemAttributes {
  /** The system attributes, in Looker's order. */
  public static final List<UserAttribute> ALL = List.of(
      system("email", "Email"),
      system("first_name", "First Name"),
      system("last_name", "Last Name"),
      system("name", "Name"),
      system("id", "ID"));

  private SystemAttributes() {
  }

  /** Returns whether an attribute name is a system attribute's. */
  public static boolean isSystem(String name) {
    return ALL.stream().anyMatch(a -> a.name().equals(name));
  }

  /** Returns a user's system attribute values; absent where the user record has none. */
  static Map<String, String> values(UserAccount user) {
    Map<String, String> values = new LinkedHashMap<>();
    putIfPresent(values, "email", user.email());
    putIfPresent(values, "first_name", user.firstName());
    putIfPresent(values, "last_name", user.lastName());
    putIfPresent(values, "name", user.displayName().isEmpty() ? null : user.displayName());
    values.put("id", user.id());
    return values;
  }

  private static void putIfPresent(Map<String, String> values, String name, String value) {
    if (value != null) {
      values.put(name, value);
    }
  }

  private static UserAttribute system(String name, String label) {
    return new UserAttribute(name, label, "string", null, false, true, false);
  }
}
