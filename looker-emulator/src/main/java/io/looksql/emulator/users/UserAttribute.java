package io.looksql.emulator.users;

import java.util.Objects;

/**
 * A user attribute: a named value each user may have, e.g. the region an access filter limits
 * them to.
 *
 * @param name name, as LookML's {@code user_attribute} refers to it
 * @param label label
 * @param type Looker's type: {@code string}, {@code number}, {@code advanced_filter_string}...
 * @param defaultValue the value of users who have none of their own, or null
 * @param valueIsHidden whether values are secret (shown to nobody through the API)
 * @param userCanView whether users may read their own value
 * @param userCanEdit whether users may change their own value
 */
public record UserAttribute(
    String name,
    String label,
    String type,
    String defaultValue,
    boolean valueIsHidden,
    boolean userCanView,
    boolean userCanEdit) {

  /** Creates a UserAttribute; label defaults to the name, type to {@code string}. */
  public UserAttribute {
    Objects.requireNonNull(name, "user_attributes.name");
    label = label == null ? name : label;
    type = type == null ? "string" : type;
  }
}
