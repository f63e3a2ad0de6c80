package io.looksql.client.model;

import java.util.List;

/**
 * OpenAPI {@code User} (the properties a SQL client needs).
 *
 * @param id the user's id (a string, as all API 4.0 ids)
 * @param firstName first name
 * @param lastName last name
 * @param displayName full name as shown in the UI
 * @param email email address
 * @param isDisabled whether the account is disabled
 * @param locale e.g. {@code en}
 * @param roleIds ids of the roles held directly
 * @param groupIds ids of the groups the user is in
 * @param credentialsEmail email login, null if none
 * @param isServiceAccount whether this is an API-only service account
 */
public record User(String id, String firstName, String lastName, String displayName,
    String email, Boolean isDisabled, String locale, List<String> roleIds,
    List<String> groupIds, CredentialsEmail credentialsEmail, Boolean isServiceAccount) {
  /** Creates a User; null lists become empty. */
  public User {
    roleIds = Lists.copy(roleIds);
    groupIds = Lists.copy(groupIds);
  }
}
