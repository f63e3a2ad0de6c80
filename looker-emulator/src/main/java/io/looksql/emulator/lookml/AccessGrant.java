package io.looksql.emulator.lookml;

import java.util.List;

/**
 * A model's {@code access_grant: name { user_attribute: x  allowed_values: [...] }}: a user holds
 * the grant when their value of the attribute is exactly one of the allowed values (no wildcards,
 * as in Looker). Explores, joins and fields name the grants they require with
 * {@code required_access_grants}; a user must hold every one of them.
 *
 * @param name the grant's name
 * @param userAttribute the user attribute whose value decides
 * @param allowedValues the values that grant access
 */
public record AccessGrant(String name, String userAttribute, List<String> allowedValues) {
  /** Creates an AccessGrant. */
  public AccessGrant {
    allowedValues = List.copyOf(allowedValues);
  }

  /** Returns whether a user with this value of the attribute (null: none) holds the grant. */
  public boolean allows(String attributeValue) {
    return attributeValue != null && allowedValues.contains(attributeValue);
  }
}
