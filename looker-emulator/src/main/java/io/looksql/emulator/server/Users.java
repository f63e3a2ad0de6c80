package io.looksql.emulator.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/** The users of the emulator and how API3 credentials identify them. */
final class Users {
  /** Client id of the built-in admin user (a fixed demo credential). */
  static final String ADMIN_CLIENT_ID = "looksql-admin";
  /** Client secret of the built-in admin user (a fixed demo credential). */
  static final String ADMIN_CLIENT_SECRET = "looksql-admin-secret";

  private final List<ApiUser> users;

  private Users(List<ApiUser> users) {
    this.users = List.copyOf(users);
  }

  /** Returns the default user set: one admin (id {@code 1}, role {@code 2} = Admin). */
  static Users withAdmin() {
    return new Users(List.of(new ApiUser("1", "Admin", "User", "admin@example.com",
        ADMIN_CLIENT_ID, ADMIN_CLIENT_SECRET, List.of("2"))));
  }

  /** Returns the built-in admin user. */
  ApiUser admin() {
    return users.get(0);
  }

  /** Returns the user with these API3 credentials, or null. */
  ApiUser authenticate(String clientId, String clientSecret) {
    if (clientId == null || clientSecret == null) {
      return null;
    }
    for (ApiUser u : users) {
      // Constant-time comparison, so the secret cannot be guessed from response times.
      if (u.clientId().equals(clientId) && MessageDigest.isEqual(
          u.clientSecret().getBytes(StandardCharsets.UTF_8),
          clientSecret.getBytes(StandardCharsets.UTF_8))) {
        return u;
      }
    }
    return null;
  }

  /** Returns the user with the given id, or null. */
  ApiUser byId(String id) {
    for (ApiUser u : users) {
      if (u.id().equals(id)) {
        return u;
      }
    }
    return null;
  }
}
